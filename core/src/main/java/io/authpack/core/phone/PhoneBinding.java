package io.authpack.core.phone;

import io.authpack.core.error.AuthingError;
import io.authpack.core.sms.SmsCodeService;
import io.authpack.core.user.UserAttributes;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * bindPhone, updatePhone and unbindPhone for the logged-in user. Every number that reaches an
 * account was proven by a code sent to it; the old number must be proven too when it changes,
 * unless the realm turns "verify old phone" off.
 */
public final class PhoneBinding {
    private final KeycloakSession session;
    private final RealmModel realm;
    private final SmsCodeService sms;
    private final PhoneAccounts accounts;

    public PhoneBinding(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.sms = new SmsCodeService(session, realm);
        this.accounts = new PhoneAccounts(session, realm);
    }

    /** The user's first phone; 2035 when the user already has one or the number is someone else's. */
    public void bind(UserModel user, String phone, String countryCode, String code) {
        String e164 = sms.toE164(phone, countryCode);
        if (current(user) != null) {
            throw AuthingError.PHONE_BOUND.exception("This account already has a phone; use updatePhone");
        }
        accounts.whileClaimed(e164, user, () -> {
            sms.verify(e164, "bind", code);
            accounts.assign(user, e164, true);
            return null;
        });
    }

    public void update(UserModel user, String phone, String countryCode, String code,
                       String oldPhone, String oldCountryCode, String oldCode) {
        String e164 = sms.toE164(phone, countryCode);
        String current = current(user);
        if (current == null) {
            throw AuthingError.BAD_PARAMETER.exception("This account has no phone yet; use bindPhone");
        }
        if (current.equals(e164)) {
            throw AuthingError.SAME_PHONE.exception();
        }
        boolean verifyOld = sms.settings().verifyOldPhone();
        if (verifyOld || oldPhone != null) {
            if (oldPhone == null) {
                throw AuthingError.BAD_PARAMETER.exception("oldPhone and oldPhoneCode are required");
            }
            String oldE164 = sms.toE164(oldPhone, oldCountryCode == null ? countryCode : oldCountryCode);
            if (!oldE164.equals(current)) {
                throw AuthingError.OLD_PHONE_MISMATCH.exception();
            }
        }
        accounts.whileClaimed(e164, user, () -> {
            if (verifyOld) {
                sms.verify(current, "update", oldCode);
            }
            sms.verify(e164, "update", code);
            accounts.assign(user, e164, true);
            return null;
        });
    }

    /** 2217 when the phone is the user's only way to log in (no password, no linked identity). */
    public void unbind(UserModel user) {
        if (current(user) == null) {
            throw AuthingError.BAD_PARAMETER.exception("This account has no phone");
        }
        boolean hasPassword = user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE);
        boolean hasOtherLogin = user.getFederationLink() != null
                || session.users().getFederatedIdentitiesStream(realm, user).findAny().isPresent();
        if (!hasPassword && !hasOtherLogin) {
            throw AuthingError.LAST_LOGIN_METHOD.exception();
        }
        accounts.clear(user);
    }

    private static String current(UserModel user) {
        return user.getFirstAttribute(UserAttributes.PHONE_NUMBER);
    }
}
