package io.authpack.authenticators.browser;

import io.authpack.core.directory.DirectoryAccounts;
import io.authpack.core.directory.DirectoryKind;
import io.authpack.core.error.AuthpackException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.events.Details;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Browser login through one kind of directory ("LDAP login", "AD login"): the username is looked
 * up only among the users of the realm's directories of that kind (or the one the execution's
 * config pins), as {@code login_method=ldap|ad} does at the token endpoint. Password handling,
 * lockout and brute-force counting are Keycloak's own, inherited from
 * {@link AbstractUsernameFormAuthenticator}; a user of another directory or a local user gets the
 * same message as a wrong password. An unreachable directory shows a "try again later" page.
 *
 * <p>Stateless; one instance per kind serves all requests.
 */
public final class DirectoryFormAuthenticator extends AbstractUsernameFormAuthenticator {
    static final String TEMPLATE = "authpack-directory-login.ftl";
    static final String PROVIDER_CONFIG = "provider";
    private static final String USERNAME_FIELD = "username";
    private static final String INVALID_CREDENTIALS = "invalidUserMessage";

    private final DirectoryKind kind;

    DirectoryFormAuthenticator(DirectoryKind kind) {
        this.kind = kind;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(challenge(context, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        String username = input.getFirst(USERNAME_FIELD);
        if (username == null || username.isBlank() || username.length() > 255 || username.chars().anyMatch(Character::isISOControl)) {
            context.getAuthenticationSession().removeAuthNote(ATTEMPTED_USERNAME);
            testInvalidUser(context, null);
            return;
        }
        username = username.trim();
        context.getEvent().detail(Details.USERNAME, username).detail(Details.AUTH_METHOD, "authpack-" + kind.name().toLowerCase());
        DirectoryAccounts accounts = new DirectoryAccounts(context.getSession(), context.getRealm());
        UserModel user;
        try {
            user = accounts.find(kind, username, pinnedProvider(context));
        } catch (AuthpackException e) {
            unavailable(context);
            return;
        }
        if (user == null) {
            context.getAuthenticationSession().removeAuthNote(ATTEMPTED_USERNAME);
            testInvalidUser(context, null);
            return;
        }
        context.getAuthenticationSession().setAuthNote(ATTEMPTED_USERNAME, user.getUsername());
        try {
            if (!validatePassword(context, user, input, false) || !enabledUser(context, user)) {
                return;
            }
        } catch (ModelException e) {
            accounts.unreachable(kind, e);
            unavailable(context);
            return;
        }
        context.setUser(user);
        context.success(PasswordCredentialModel.TYPE);
    }

    private static void unavailable(AuthenticationFlowContext context) {
        Response page = context.form().setError("authpackDirectoryUnavailable").createErrorPage(Response.Status.SERVICE_UNAVAILABLE);
        context.failure(AuthenticationFlowError.INTERNAL_ERROR, page);
    }

    private static String pinnedProvider(AuthenticationFlowContext context) {
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        return config == null || config.getConfig() == null ? null : config.getConfig().get(PROVIDER_CONFIG);
    }

    @Override
    protected Response createLoginForm(LoginFormsProvider form) {
        return form.setAttribute("authpackDirectoryKind", kind.name().toLowerCase()).createForm(TEMPLATE);
    }

    @Override
    protected String getDefaultChallengeMessage(AuthenticationFlowContext context) {
        return INVALID_CREDENTIALS;
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
