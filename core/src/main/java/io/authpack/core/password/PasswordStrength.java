package io.authpack.core.password;

import java.util.regex.Pattern;

import java.util.Locale;

import io.authpack.core.user.KeycloakMessages;
import io.authpack.core.user.UserAttributes;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.models.UserModel;

/**
 * Authing's {@code computedPasswordSecurityLevel}: 3 (high) for 12+ characters with a lowercase and an
 * uppercase letter and a digit, 2 (middle) for 8+ characters with a letter and a digit, else 1 (low).
 * A bit-exact port of the JS SDK's rules, so both sides of a migration rate a password alike: its
 * look-aheads stop at line breaks, and length counts UTF-16 code units.
 *
 * <p>Thread-safe: patterns are immutable.
 */
public final class PasswordStrength {
    public static final int LOW = 1;
    public static final int MIDDLE = 2;
    public static final int HIGH = 3;

    private static final String SAME_LINE = "[^\\n\\r\\u2028\\u2029]*";
    private static final Pattern HIGH_CLASSES = Pattern.compile(
            "^(?=" + SAME_LINE + "[a-z])(?=" + SAME_LINE + "[A-Z])(?=" + SAME_LINE + "[0-9])[\\s\\S]*\\z");
    private static final Pattern MIDDLE_CLASSES = Pattern.compile(
            "^(?=" + SAME_LINE + "[a-zA-Z])(?=" + SAME_LINE + "[0-9])[\\s\\S]*\\z");

    private PasswordStrength() {
    }

    /**
     * checkPasswordStrength: whether the realm's password policy (Keycloak's, Authentication → Policies)
     * accepts the password, why not, and its Authing level.
     */
    public record Verdict(boolean valid, String message, int level) {
    }

    public static Verdict check(KeycloakSession session, RealmModel realm, String password) {
        PolicyError error = session.getProvider(PasswordPolicyManagerProvider.class).validate("", password);
        String message = error == null ? "Password meets the realm's password policy"
                : new KeycloakMessages(session, realm, Locale.ENGLISH).format(error.getMessage(), error.getParameters());
        return new Verdict(error == null, message, level(password));
    }

    /** Remembers the level of a password the user just set, for getSecurityLevel; the password itself is not kept. */
    public static void record(UserModel user, String password) {
        user.setSingleAttribute(UserAttributes.PASSWORD_SECURITY_LEVEL, String.valueOf(level(password)));
    }

    public static int level(String password) {
        if (password == null) {
            return LOW;
        }
        if (password.length() >= 12 && HIGH_CLASSES.matcher(password).find()) {
            return HIGH;
        }
        if (password.length() >= 8 && MIDDLE_CLASSES.matcher(password).find()) {
            return MIDDLE;
        }
        return LOW;
    }
}
