package io.authpack.client;

import java.util.regex.Pattern;

/**
 * The JS SDK's {@code computedPasswordSecurityLevel} rules, ported bit-exactly (the server has the same
 * port; the client has no server dependency, so it carries its own).
 */
final class PasswordLevels {
    private static final String SAME_LINE = "[^\\n\\r\\u2028\\u2029]*";
    private static final Pattern HIGH = Pattern.compile(
            "^(?=" + SAME_LINE + "[a-z])(?=" + SAME_LINE + "[A-Z])(?=" + SAME_LINE + "[0-9])[\\s\\S]*\\z");
    private static final Pattern MIDDLE = Pattern.compile("^(?=" + SAME_LINE + "[a-zA-Z])(?=" + SAME_LINE + "[0-9])[\\s\\S]*\\z");

    private PasswordLevels() {
    }

    static int level(String password) {
        if (password == null) {
            throw new IllegalArgumentException("password must be a string");
        }
        if (password.length() >= 12 && HIGH.matcher(password).find()) {
            return 3;
        }
        if (password.length() >= 8 && MIDDLE.matcher(password).find()) {
            return 2;
        }
        return 1;
    }
}
