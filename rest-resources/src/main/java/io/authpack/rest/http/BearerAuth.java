package io.authpack.rest.http;

import io.authpack.core.error.AuthingError;
import io.authpack.core.token.TokenInspector;
import io.authpack.core.token.TokenStatus;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * Authenticates the 🔒 calls: the access token must be valid for this realm and its session alive.
 * A missing token is 2020, an expired login 2206, anything else 2207; Keycloak's own bearer
 * authenticator makes the final check so revocation and session rules are exactly Keycloak's.
 */
public final class BearerAuth {
    private BearerAuth() {
    }

    public static AuthResult authenticate(KeycloakSession session, RealmModel realm, ApiResponses responses) {
        String token = bearerToken(session);
        if (token == null) {
            throw AuthingError.NOT_LOGGED_IN.exception();
        }
        TokenStatus status = new TokenInspector(session, realm).inspect(token);
        if (!status.valid()) {
            throw status.error().exception();
        }
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).setTokenString(token).authenticate();
        if (auth == null) {
            throw AuthingError.TOKEN_INVALID.exception();
        }
        responses.cors().allowedOrigins(auth.token());
        return auth;
    }

    /** The token of an {@code Authorization: Bearer} header, or null when there is none. */
    public static String bearerToken(KeycloakSession session) {
        String header = session.getContext().getRequestHeaders().getHeaderString("Authorization");
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
