package io.authpack.core.registration;

import java.util.Map;

/**
 * What a caller asks to register: the identifier(s), the password and profile attributes already
 * translated to Keycloak attribute names.
 *
 * @param method     how the user registers ("email" or "username"); decides which duplicate error
 *                   the caller sees and which identifier is required
 * @param username   the username, or null to derive it from the email
 * @param email      the email, or null
 * @param password   the plain password (never logged)
 * @param attributes Keycloak attribute name to value
 * @param clientId   the application that registered the user, for the REGISTER event; may be null
 */
public record Registration(String method, String username, String email, String password,
                           Map<String, String> attributes, String clientId) {
    public static final String BY_EMAIL = "email";
    public static final String BY_USERNAME = "username";
}
