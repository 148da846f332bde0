package io.authpack.rest.users;

import java.io.InputStream;
import java.util.Map;

import io.authpack.core.account.AccountLinking;
import io.authpack.rest.http.ApiResource;
import io.authpack.rest.http.ApiResponses;
import io.authpack.rest.http.JsonBody;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/** linkAccount: {primaryUserToken, secondaryUserToken}. */
public final class UsersResource extends ApiResource {

    public UsersResource(KeycloakSession session, ApiResponses responses) {
        super(session, responses);
    }

    @POST
    @Path("link")
    @Produces(MediaType.APPLICATION_JSON)
    public Response link(InputStream body) {
        return responses.handle(() -> {
            JsonBody json = JsonBody.read(body);
            application(json, false);
            new AccountLinking(session, realm).link(json.requiredString("primaryUserToken"), json.requiredString("secondaryUserToken"));
            return responses.ok(Map.of("code", 200, "message", "Accounts linked"));
        });
    }
}
