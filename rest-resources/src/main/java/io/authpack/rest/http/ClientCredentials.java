package io.authpack.rest.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.authpack.core.error.AuthingError;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Resolves the application a public call names with {@code clientId}. Where the call leads to
 * tokens, a confidential client must prove itself with HTTP Basic exactly as at the token endpoint
 * (client id and secret, form-urlencoded, then base64); the secret is compared by Keycloak in
 * constant time.
 */
public final class ClientCredentials {
    private ClientCredentials() {
    }

    /**
     * @param required whether the call must name a client (it issues a login code)
     * @return the client, or null when none was named and none is required
     */
    public static ClientModel resolve(KeycloakSession session, RealmModel realm, String clientId, boolean required) {
        if (clientId == null || clientId.isBlank()) {
            if (required) {
                throw AuthingError.BAD_PARAMETER.exception("clientId is required with forceLogin or generateToken");
            }
            return null;
        }
        ClientModel client = realm.getClientByClientId(clientId);
        if (client == null || !client.isEnabled() || client.isBearerOnly()) {
            throw AuthingError.BAD_PARAMETER.exception("clientId does not name an enabled application of this realm");
        }
        if (required && !client.isPublicClient() && !secretMatches(session, client)) {
            throw AuthingError.NO_PERMISSION.exception("Client authentication failed");
        }
        return client;
    }

    private static boolean secretMatches(KeycloakSession session, ClientModel client) {
        String header = session.getContext().getRequestHeaders().getHeaderString("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
        String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        return id.equals(client.getClientId()) && client.validateSecret(secret);
    }
}
