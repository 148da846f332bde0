package io.authpack.core.account;

import java.util.LinkedHashMap;
import java.util.Map;

import io.authpack.core.password.PasswordStrength;
import io.authpack.core.user.UserAttributes;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

/**
 * getSecurityLevel. Authing does not publish its formula; Authpack's is documented and consistent
 * with Authing's published example (email + password = 65): password 40, email 25, phone 25, a
 * second factor (OTP or WebAuthn) 10, for at most 100. {@code passwordSecurityLevel} is the level
 * recorded when the password was last set through Authpack, or null when it was never assessed.
 */
public final class SecurityLevel {
    static final int PASSWORD = 40;
    static final int EMAIL = 25;
    static final int PHONE = 25;
    static final int MFA = 10;

    private SecurityLevel() {
    }

    public static Map<String, Object> of(UserModel user) {
        boolean password = user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE);
        boolean email = user.getEmail() != null;
        boolean phone = user.getFirstAttribute(UserAttributes.PHONE_NUMBER) != null;
        boolean mfa = user.credentialManager().isConfiguredFor(OTPCredentialModel.TYPE)
                || user.credentialManager().isConfiguredFor(WebAuthnCredentialModel.TYPE_TWOFACTOR);
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("score", (password ? PASSWORD : 0) + (email ? EMAIL : 0) + (phone ? PHONE : 0) + (mfa ? MFA : 0));
        level.put("email", email);
        level.put("phone", phone);
        level.put("password", password);
        level.put("passwordSecurityLevel", password ? recordedLevel(user) : null);
        level.put("mfa", mfa);
        return level;
    }

    private static Integer recordedLevel(UserModel user) {
        String value = user.getFirstAttribute(UserAttributes.PASSWORD_SECURITY_LEVEL);
        if (value == null) {
            return null;
        }
        try {
            int level = Integer.parseInt(value);
            return level >= PasswordStrength.LOW && level <= PasswordStrength.HIGH ? level : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
