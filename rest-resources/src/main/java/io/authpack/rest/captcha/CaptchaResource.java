package io.authpack.rest.captcha;

import io.authpack.core.captcha.CaptchaService;
import io.authpack.rest.http.ApiResource;
import io.authpack.rest.http.ApiResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/** {@code GET /captcha}: a fresh single-use captcha, {@code {captchaId, image}} (PNG data URI). */
public final class CaptchaResource extends ApiResource {

    public CaptchaResource(KeycloakSession session, ApiResponses responses) {
        super(session, responses);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response create() {
        return responses.handle(() -> responses.ok(new CaptchaService(session, realm).create()));
    }
}
