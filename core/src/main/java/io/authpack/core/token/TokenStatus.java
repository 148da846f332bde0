package io.authpack.core.token;

import io.authpack.core.error.AuthingError;
import org.keycloak.representations.AccessToken;

/**
 * The verdict on an access token: valid, expired (2206) or invalid (2207), with the token's claims
 * when its signature checked out.
 */
public record TokenStatus(AuthingError error, AccessToken token) {
    public boolean valid() {
        return error == null;
    }
}
