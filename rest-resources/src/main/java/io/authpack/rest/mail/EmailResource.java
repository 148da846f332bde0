package io.authpack.rest.mail;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import io.authpack.core.mail.EmailCodeService;
import io.authpack.rest.http.ApiResource;
import io.authpack.rest.http.ApiResponses;
import io.authpack.rest.http.JsonBody;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * sendEmail. Scenes that act on an existing account (password reset, login, unbind, MFA) mail only
 * addresses that have one; others get the same answer, limits and a code nobody receives, so the
 * call does not reveal which addresses have accounts. Scenes that prove a new address (verify,
 * change, bind, register) always mail.
 */
public final class EmailResource extends ApiResource {
    private static final Set<String> NEW_ADDRESS_SCENES = Set.of("VERIFY_EMAIL", "CHANGE_EMAIL", "EMAIL_BIND_VERIFY_CODE",
            "REGISTER_VERIFY_CODE", "VERIFY_CODE", "CONSOLE_CONDUCTED_VERIFY", "INFORMATION_COMPLETION_VERIFY_CODE");

    public EmailResource(KeycloakSession session, ApiResponses responses) {
        super(session, responses);
    }

    @POST
    @Path("send")
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(InputStream body) {
        return responses.handle(() -> {
            JsonBody json = JsonBody.read(body);
            application(json, false);
            String scene = json.requiredString("scene");
            EmailCodeService.requireScene(scene);
            String email = EmailCodeService.normalize(json.requiredString("email"));
            UserModel owner = session.users().getUserByEmail(realm, email);
            boolean deliver = NEW_ADDRESS_SCENES.contains(scene) || owner != null;
            new EmailCodeService(session, realm).send(email, scene, session.getContext().getConnection().getRemoteAddr(),
                    owner, deliver);
            return responses.ok(Map.of("code", 200, "message", "Mail sent"));
        });
    }
}
