package io.authpack.rest.token;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import io.authpack.core.error.AuthingError;
import io.authpack.core.token.TokenInspector;
import io.authpack.core.token.TokenStatus;
import io.authpack.rest.http.ApiResource;
import io.authpack.rest.http.ApiResponses;
import io.authpack.rest.http.BearerAuth;
import io.authpack.rest.http.JsonBody;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/**
 * checkLoginStatus: answers 200 with the verdict in-band ({@code code} 200, 2206 or 2207), as
 * Authing does, so a client can poll it without treating an expired login as a transport error.
 * The token comes from the body, or from the Authorization header as Authing's SDK sends it.
 */
public final class TokenStatusResource extends ApiResource {
    public TokenStatusResource(KeycloakSession session, ApiResponses responses) {
        super(session, responses);
    }

    @POST
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(InputStream body) {
        return responses.handle(() -> {
            JsonBody json = JsonBody.read(body);
            application(json, false);
            String token = json.string("token");
            if (token == null || token.isBlank()) {
                token = BearerAuth.bearerToken(session);
            }
            if (token == null) {
                throw AuthingError.BAD_PARAMETER.exception("token is required");
            }
            TokenStatus status = new TokenInspector(session, realm).inspect(token);
            Map<String, Object> answer = new LinkedHashMap<>();
            if (status.valid()) {
                answer.put("code", 200);
                answer.put("message", "Logged in");
                answer.put("status", true);
                answer.put("exp", status.token().getExp());
                answer.put("iat", status.token().getIat());
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("id", status.token().getSubject());
                data.put("userPoolId", realm.getName());
                answer.put("data", data);
            } else {
                answer.put("code", status.error().code());
                answer.put("message", status.error().defaultMessage());
                answer.put("status", false);
                answer.put("exp", null);
                answer.put("iat", null);
                answer.put("data", null);
            }
            return responses.ok(answer);
        });
    }
}
