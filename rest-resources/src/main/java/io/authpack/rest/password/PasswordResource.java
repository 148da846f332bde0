package io.authpack.rest.password;

import java.io.InputStream;
import java.util.Map;

import io.authpack.core.password.PasswordReset;
import io.authpack.core.password.PasswordStrength;
import io.authpack.rest.http.ApiResource;
import io.authpack.rest.http.ApiResponses;
import io.authpack.rest.http.JsonBody;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/** resetPasswordByPhoneCode, resetPasswordByEmailCode and checkPasswordStrength. */
public final class PasswordResource extends ApiResource {

    public PasswordResource(KeycloakSession session, ApiResponses responses) {
        super(session, responses);
    }

    @POST
    @Path("reset/phone")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resetByPhoneCode(InputStream body) {
        return responses.handle(() -> {
            JsonBody json = JsonBody.read(body);
            application(json, false);
            new PasswordReset(session, realm).byPhoneCode(json.requiredString("phone"), json.string("phoneCountryCode"),
                    json.requiredString("code"), json.requiredString("newPassword"));
            return responses.ok(Map.of("code", 200, "message", "Password reset"));
        });
    }

    @POST
    @Path("reset/email")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resetByEmailCode(InputStream body) {
        return responses.handle(() -> {
            JsonBody json = JsonBody.read(body);
            application(json, false);
            new PasswordReset(session, realm).byEmailCode(json.requiredString("email"), json.requiredString("code"),
                    json.requiredString("newPassword"));
            return responses.ok(Map.of("code", 200, "message", "Password reset"));
        });
    }

    /** checkPasswordStrength: answered in-band, like Authing ({valid, message, level}). */
    @POST
    @Path("strength")
    @Produces(MediaType.APPLICATION_JSON)
    public Response checkStrength(InputStream body) {
        return responses.handle(() -> {
            JsonBody json = JsonBody.read(body);
            application(json, false);
            String password = json.string("password");
            if (password == null || password.isEmpty()) {
                throw io.authpack.core.error.AuthingError.BAD_PARAMETER.exception("password is required");
            }
            PasswordStrength.Verdict verdict = PasswordStrength.check(session, realm, password);
            Map<String, Object> answer = new java.util.LinkedHashMap<>();
            answer.put("valid", verdict.valid());
            answer.put("message", verdict.message());
            answer.put("level", verdict.level());
            return responses.ok(answer);
        });
    }
}
