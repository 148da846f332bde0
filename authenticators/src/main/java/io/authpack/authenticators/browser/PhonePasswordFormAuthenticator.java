package io.authpack.authenticators.browser;

import io.authpack.core.error.AuthpackException;
import io.authpack.core.login.LoginIdentifier;
import io.authpack.core.sms.SmsSettings;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.events.Details;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Browser login with a phone number and the account's password ({@code authpack-phone-password.ftl}).
 *
 * <p>The user is found through {@link LoginIdentifier#PHONE}, as the direct-grant login finds it;
 * everything after that is Keycloak's own username-and-password handling, inherited from
 * {@link AbstractUsernameFormAuthenticator}: the lockout check before the password, a wrong password
 * as a {@code failureChallenge} on the attempted user so brute-force protection counts it, a dummy
 * hash for an unknown number so timing does not reveal accounts, and one message for a wrong
 * password, an unknown number and a locked account.
 *
 * <p>Stateless; one instance serves all requests.
 */
public final class PhonePasswordFormAuthenticator extends AbstractUsernameFormAuthenticator {
    static final String TEMPLATE = "authpack-phone-password.ftl";
    private static final String INVALID_CREDENTIALS = "authpackInvalidPhoneOrPassword";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(challenge(context, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        String e164;
        try {
            e164 = LoginIdentifier.PHONE.normalize(session, realm, input.getFirst(PhoneField.PHONE), input.getFirst(PhoneField.COUNTRY_CODE));
        } catch (AuthpackException e) {
            context.challenge(challenge(context, PhoneField.INVALID, PhoneField.PHONE));
            return;
        }
        context.getEvent().detail(Details.USERNAME, e164);
        UserModel user = LoginIdentifier.PHONE.find(session, realm, e164);
        if (user == null) {
            context.getAuthenticationSession().removeAuthNote(ATTEMPTED_USERNAME);
            testInvalidUser(context, null);
            return;
        }
        context.getAuthenticationSession().setAuthNote(ATTEMPTED_USERNAME, user.getUsername());
        if (!validatePassword(context, user, input, false) || !enabledUser(context, user)) {
            return;
        }
        context.setUser(user);
        context.success(PasswordCredentialModel.TYPE);
    }

    /** Every form this step shows keeps the number and calling code the user entered; never the password. */
    @Override
    protected Response challenge(AuthenticationFlowContext context, String error, String field) {
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        PhoneField.fill(context.form(), SmsSettings.of(context.getSession(), context.getRealm()), input);
        return super.challenge(context, error, field);
    }

    @Override
    protected Response createLoginForm(LoginFormsProvider form) {
        return form.createForm(TEMPLATE);
    }

    @Override
    protected String getDefaultChallengeMessage(AuthenticationFlowContext context) {
        return INVALID_CREDENTIALS;
    }

    @Override
    protected String disabledByBruteForceError(String error) {
        return INVALID_CREDENTIALS;
    }

    @Override
    protected String disabledByBruteForceFieldError() {
        return PhoneField.PHONE;
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }
}
