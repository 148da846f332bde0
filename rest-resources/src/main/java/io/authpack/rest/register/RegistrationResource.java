package io.authpack.rest.register;

import java.io.InputStream;
import java.util.Map;
import java.util.function.BiFunction;

import io.authpack.core.logincode.LoginCodeService;
import io.authpack.core.registration.Registration;
import io.authpack.core.registration.RegistrationService;
import io.authpack.core.udf.UserDefinedFields;
import io.authpack.core.user.AuthingUserMapper;
import io.authpack.rest.http.ApiResource;
import io.authpack.rest.http.ApiResponses;
import io.authpack.rest.http.JsonBody;
import io.authpack.rest.http.ProfileInput;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * registerByEmail, registerByUsername and registerByPhoneCode. With forceLogin or generateToken the answer carries a
 * one-time {@code loginCode} that the named client redeems at the token endpoint, so tokens are
 * only ever issued by Keycloak's token endpoint.
 */
public final class RegistrationResource extends ApiResource {
    public RegistrationResource(KeycloakSession session, ApiResponses responses) {
        super(session, responses);
    }

    @POST
    @Path("email")
    @Produces(MediaType.APPLICATION_JSON)
    public Response registerByEmail(InputStream body) {
        return responses.handle(() -> {
            JsonBody json = JsonBody.read(body);
            String email = json.requiredString("email");
            JsonBody profile = json.object("profile");
            String username = profile == null ? null : profile.string("username");
            return register(json, Registration.BY_EMAIL, username, email, profile);
        });
    }

    @POST
    @Path("username")
    @Produces(MediaType.APPLICATION_JSON)
    public Response registerByUsername(InputStream body) {
        return responses.handle(() -> {
            JsonBody json = JsonBody.read(body);
            String username = json.requiredString("username");
            return register(json, Registration.BY_USERNAME, username, null, json.object("profile"));
        });
    }

    @POST
    @Path("phone-code")
    @Produces(MediaType.APPLICATION_JSON)
    public Response registerByPhoneCode(InputStream body) {
        return responses.handle(() -> {
            JsonBody json = JsonBody.read(body);
            String phone = json.requiredString("phone");
            String code = json.requiredString("code");
            String countryCode = json.string("phoneCountryCode");
            JsonBody profile = json.object("profile");
            String username = profile == null ? null : profile.string("username");
            return register(json, Registration.BY_PHONE, username, null, profile,
                    (service, reg) -> service.registerByPhoneCode(reg.withPhone(phone), countryCode, code));
        });
    }

    private Response register(JsonBody json, String method, String username, String email, JsonBody profile) {
        return register(json, method, username, email, profile, RegistrationService::register);
    }

    private Response register(JsonBody json, String method, String username, String email, JsonBody profile,
                              BiFunction<RegistrationService, Registration, UserModel> create) {
        String password = Registration.BY_PHONE.equals(method) ? json.string("password") : json.requiredString("password");
        boolean forceLogin = json.bool("forceLogin");
        boolean generateToken = json.bool("generateToken");
        // checked now so a wrong type is refused; pipelines (context) and trusted IPs (clientIp) arrive later
        json.string("clientIp");
        json.object("context");
        JsonBody customData = json.object("customData");
        UserDefinedFields udfs = new UserDefinedFields(session);
        Map<String, String> udfValues = customData == null || customData.fields().isEmpty() ? Map.of() : udfs.encode(customData.fields());
        ClientModel client = application(json, forceLogin || generateToken);
        Registration registration = new Registration(method, username, email, null, false, password,
                ProfileInput.attributes(profile), client == null ? null : client.getClientId());
        UserModel user = create.apply(new RegistrationService(session, realm), registration);
        udfs.write(user, udfValues);

        Map<String, Object> answer = new AuthingUserMapper(session, realm).toUser(user);
        if (forceLogin || generateToken) {
            answer.put("loginCode", new LoginCodeService(session, realm).issue(user, client, forceLogin));
        }
        return responses.created(answer);
    }
}
