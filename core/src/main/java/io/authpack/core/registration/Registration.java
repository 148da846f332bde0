package io.authpack.core.registration;

import java.util.Map;

/**
 * What a caller asks to register: the identifier(s), the password and profile attributes already
 * translated to Keycloak attribute names.
 *
 * @param method     how the user registers ("email", "username" or "phone"); decides which duplicate
 *                   error the caller sees, which identifier is required and whether a password is
 * @param username   the username, or null to derive it from the email
 * @param email      the email, or null
 * @param phone      the phone in E.164, or null
 * @param phoneVerified whether a code sent to the phone proved it
 * @param password   the plain password (never logged); optional only for phone registration
 * @param attributes Keycloak attribute name to value
 * @param clientId   the application that registered the user, for the REGISTER event; may be null
 */
public record Registration(String method, String username, String email, String phone, boolean phoneVerified,
                           String password, Map<String, String> attributes, String clientId) {
    public static final String BY_EMAIL = "email";
    public static final String BY_USERNAME = "username";
    public static final String BY_PHONE = "phone";

    /** The same registration for the phone as entered (before it is checked and normalised). */
    public Registration withPhone(String rawPhone) {
        return new Registration(method, username, email, rawPhone, phoneVerified, password, attributes, clientId);
    }
}
