package io.authpack.core.password;

import java.util.List;
import java.util.Locale;

import io.authpack.core.error.AuthingError;
import io.authpack.core.mail.EmailCodeService;
import io.authpack.core.phone.PhoneAccounts;
import io.authpack.core.setup.AuthpackRealmSettings;
import io.authpack.core.sms.SmsCodeService;
import io.authpack.core.user.KeycloakMessages;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * resetPasswordByPhoneCode and resetPasswordByEmailCode: a code sent to the phone or address proves
 * the account; the realm's password policy applies; every session of the user ends, so whoever knew
 * the old password is logged out.
 */
public final class PasswordReset {
    private final KeycloakSession session;
    private final RealmModel realm;

    public PasswordReset(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void byPhoneCode(String phone, String countryCode, String code, String newPassword) {
        SmsCodeService sms = new SmsCodeService(session, realm);
        String e164 = sms.toE164(phone, countryCode);
        if (newPassword == null || newPassword.isEmpty()) {
            throw AuthingError.BAD_PARAMETER.exception("newPassword is required");
        }
        sms.verify(e164, "reset", code);
        UserModel user = new PhoneAccounts(session, realm).findByPhone(e164);
        if (user == null) {
            throw AuthpackRealmSettings.revealUserExistence(realm)
                    ? AuthingError.USER_NOT_FOUND.exception() : AuthingError.CODE_WRONG.exception();
        }
        setPassword(user, newPassword, "authpack-phone-code");
    }

    /** resetPasswordByEmailCode: as by phone, with a code mailed for the scene RESET_PASSWORD. */
    public void byEmailCode(String email, String code, String newPassword) {
        String address = EmailCodeService.normalize(email);
        if (newPassword == null || newPassword.isEmpty()) {
            throw AuthingError.BAD_PARAMETER.exception("newPassword is required");
        }
        new EmailCodeService(session, realm).verify(address, "RESET_PASSWORD", code);
        UserModel user = session.users().getUserByEmail(realm, address);
        if (user == null) {
            throw AuthpackRealmSettings.revealUserExistence(realm)
                    ? AuthingError.USER_NOT_FOUND.exception() : AuthingError.CODE_WRONG.exception();
        }
        setPassword(user, newPassword, "authpack-email-code");
    }

    private void setPassword(UserModel user, String newPassword, String method) {
        KeycloakMessages messages = new KeycloakMessages(session, realm, Locale.ENGLISH);
        PolicyError error = session.getProvider(PasswordPolicyManagerProvider.class).validate(realm, user, newPassword);
        if (error != null) {
            throw AuthingError.PASSWORD_POLICY.exception(messages.format(error.getMessage(), error.getParameters()));
        }
        try {
            user.credentialManager().updateCredential(UserCredentialModel.password(newPassword, false));
        } catch (ModelException e) {
            throw AuthingError.PASSWORD_POLICY.exception(messages.format(e.getMessage(), e.getParameters()));
        }
        PasswordStrength.record(user, newPassword);
        List<UserSessionModel> sessions = session.sessions().getUserSessionsStream(realm, user).toList();
        for (UserSessionModel userSession : sessions) {
            AuthenticationManager.backchannelLogout(session, userSession, true);
        }
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.RESET_PASSWORD).user(user).detail(Details.USERNAME, user.getUsername())
                .detail(Details.AUTH_METHOD, method).success();
    }
}
