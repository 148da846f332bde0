package io.authpack.rest.sms;

import java.io.InputStream;
import java.util.Map;

import io.authpack.core.phone.PhoneAccounts;
import io.authpack.core.error.AuthingError;
import io.authpack.core.sms.SmsCodeService;
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
 * sendSmsCode. For the scenes that act on an existing account (login, reset, unbind) an unknown
 * number is treated exactly like a known one (same answer, same limits, a code that then fails
 * like any wrong code) but nothing is sent: neither the answer nor its limits reveal which numbers
 * have accounts, and nobody can make the realm text arbitrary numbers.
 * A number already taken is refused for "register" and "bind" (2035), as Authing does.
 */
public final class SmsResource extends ApiResource {

    public SmsResource(KeycloakSession session, ApiResponses responses) {
        super(session, responses);
    }

    @POST
    @Path("send")
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(InputStream body) {
        return responses.handle(() -> {
            JsonBody json = JsonBody.read(body);
            String phone = json.requiredString("phone");
            String scene = json.requiredString("scene");
            application(json, false);
            SmsCodeService.requireScene(scene);
            SmsCodeService sms = new SmsCodeService(session, realm);
            String e164 = sms.toE164(phone, json.string("phoneCountryCode"));
            UserModel owner = new PhoneAccounts(session, realm).findByPhone(e164);
            boolean forNewNumber = "register".equals(scene) || "bind".equals(scene);
            if (forNewNumber && owner != null) {
                throw AuthingError.PHONE_BOUND.exception();
            }
            String clientIp = session.getContext().getConnection().getRemoteAddr();
            if (forNewNumber || owner != null || "update".equals(scene)) {
                sms.send(e164, scene, clientIp, owner);
            } else {
                sms.pretendSend(e164, scene, clientIp);
            }
            return responses.ok(Map.of("code", 200, "message", "Code sent"));
        });
    }
}
