package io.authpack.core.token;

import io.authpack.core.error.AuthingError;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.Urls;
import org.keycloak.util.TokenUtil;

/**
 * Classifies access tokens for checkLoginStatus and the bearer-protected calls, telling an expired
 * login (2206) from a token that is not ours at all (2207): forged, other realm, not an access
 * token, unknown or disabled user.
 *
 * <p>A token whose user session has ended (logout, admin revocation, session timeout) counts as
 * expired: the login it stood for is over.
 */
public final class TokenInspector {
    private final KeycloakSession session;
    private final RealmModel realm;

    public TokenInspector(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public TokenStatus inspect(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 16384) {
            return new TokenStatus(AuthingError.TOKEN_INVALID, null);
        }
        AccessToken token = session.tokens().decode(encoded, AccessToken.class);
        if (token == null) {
            return new TokenStatus(AuthingError.TOKEN_INVALID, null);
        }
        String issuer = Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
        if (!issuer.equals(token.getIssuer()) || !TokenUtil.TOKEN_TYPE_BEARER.equalsIgnoreCase(token.getType())
                || token.getSubject() == null) {
            return new TokenStatus(AuthingError.TOKEN_INVALID, token);
        }
        if (token.isExpired()) {
            return new TokenStatus(AuthingError.TOKEN_EXPIRED, token);
        }
        UserModel user = session.users().getUserById(realm, token.getSubject());
        if (user == null || !user.isEnabled()) {
            return new TokenStatus(AuthingError.TOKEN_INVALID, token);
        }
        String sessionId = token.getSessionId();
        if (sessionId != null) {
            UserSessionModel userSession = session.sessions().getUserSession(realm, sessionId);
            if (userSession == null || !userSession.getUser().getId().equals(user.getId())) {
                return new TokenStatus(AuthingError.TOKEN_EXPIRED, token);
            }
        }
        return new TokenStatus(null, token);
    }
}
