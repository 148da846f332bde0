package io.authpack.authenticators;

import java.util.LinkedHashMap;
import java.util.Map;

import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The token endpoint's error body with the Authing fields added, so OAuth libraries see a normal
 * {@code error} while Authing clients read {@code code}:
 * {@code {"error":"invalid_grant","error_description":"...","code":2333,"message":"..."}}.
 */
public final class OAuthErrorResponses {
    private OAuthErrorResponses() {
    }

    public static Response of(AuthpackException e) {
        return of(e.error(), e.getMessage());
    }

    public static Response of(AuthingError error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", oauthError(error));
        body.put("error_description", message);
        body.put("code", error.code());
        body.put("message", message);
        Response.ResponseBuilder builder = Response.status(error.status()).entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        if (error == AuthingError.TOO_MANY_REQUESTS) {
            builder.header("Retry-After", "60");
        }
        return builder.build();
    }

    private static String oauthError(AuthingError error) {
        switch (error.status()) {
            case 401:
            case 403:
            case 404:
                return "invalid_grant";
            case 429:
                return "slow_down";
            case 503:
                return "temporarily_unavailable";
            default:
                return "invalid_request";
        }
    }
}
