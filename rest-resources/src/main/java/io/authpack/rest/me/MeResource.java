package io.authpack.rest.me;

import io.authpack.core.user.AuthingUserMapper;
import io.authpack.rest.http.ApiResource;
import io.authpack.rest.http.ApiResponses;
import io.authpack.rest.http.BearerAuth;
import java.io.InputStream;
import java.util.Map;

import io.authpack.core.account.AccountService;
import io.authpack.core.account.EmailChange;
import io.authpack.core.account.SecurityLevel;
import io.authpack.core.authz.AuthorizedResources;
import io.authpack.core.udf.UserDefinedFields;
import io.authpack.core.error.AuthingError;
import io.authpack.core.phone.PhoneBinding;
import io.authpack.rest.http.ProfileInput;
import io.authpack.rest.http.JsonBody;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/** The calls on the logged-in user's own account; each one acts only on the token's user. */
public final class MeResource extends ApiResource {
    public MeResource(KeycloakSession session, ApiResponses responses) {
        super(session, responses);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response getCurrentUser() {
        return responses.handle(() -> {
            AuthResult auth = BearerAuth.authenticate(session, realm, responses);
            return responses.ok(user(auth));
        });
    }

    /**
     * updateProfile: the profile fields of the User shape; {@code null} clears one. Email and phone
     * change only through their verified calls (2225 / 2226), the password through updatePassword.
     */
    @PATCH
    @Produces(MediaType.APPLICATION_JSON)
    public Response updateProfile(InputStream body) {
        return responses.handle(() -> {
            AuthResult auth = BearerAuth.authenticate(session, realm, responses);
            JsonBody json = JsonBody.read(body);
            if (json.has("email")) {
                throw AuthingError.EMAIL_NOT_CHANGEABLE.exception("Use updateEmail to change the email");
            }
            if (json.has("phone")) {
                throw AuthingError.PHONE_NOT_CHANGEABLE.exception("Use updatePhone to change the phone");
            }
            if (json.has("password")) {
                throw AuthingError.BAD_PARAMETER.exception("Use updatePassword to change the password");
            }
            new AccountService(session, realm).updateProfile(auth.user(), ProfileInput.changes(json));
            return responses.ok(user(auth));
        });
    }

    /** updatePassword: {newPassword, oldPassword?}. */
    @PUT
    @Path("password")
    @Produces(MediaType.APPLICATION_JSON)
    public Response updatePassword(InputStream body) {
        return responses.handle(() -> {
            AuthResult auth = BearerAuth.authenticate(session, realm, responses);
            JsonBody json = JsonBody.read(body);
            new AccountService(session, realm).updatePassword(auth.user(), json.requiredString("newPassword"),
                    json.string("oldPassword"));
            return responses.ok(user(auth));
        });
    }

    /** updateEmail: {email, emailCode, oldEmail?, oldEmailCode?}. */
    @PUT
    @Path("email")
    @Produces(MediaType.APPLICATION_JSON)
    public Response updateEmail(InputStream body) {
        return responses.handle(() -> {
            AuthResult auth = BearerAuth.authenticate(session, realm, responses);
            JsonBody json = JsonBody.read(body);
            new EmailChange(session, realm).change(auth.user(), json.requiredString("email"), json.requiredString("emailCode"),
                    json.string("oldEmail"), json.string("oldEmailCode"));
            return responses.ok(user(auth));
        });
    }

    /** listAuthorizedResources: {@code ?namespace=<resource server clientId>&resourceType=DATA|API|MENU|UI|BUTTON}. */
    @GET
    @Path("authorized-resources")
    @Produces(MediaType.APPLICATION_JSON)
    public Response authorizedResources(@QueryParam("namespace") String namespace, @QueryParam("resourceType") String resourceType) {
        return responses.handle(() -> {
            AuthResult auth = BearerAuth.authenticate(session, realm, responses);
            if (namespace == null || namespace.isBlank()) {
                throw AuthingError.BAD_PARAMETER.exception("namespace is required");
            }
            String type = resourceType == null || resourceType.isBlank() ? null : resourceType;
            return responses.ok(new AuthorizedResources(session, realm).list(auth.user(), namespace, type));
        });
    }

    /** getUdfValue: {key: typedValue}. */
    @GET
    @Path("udf")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getUdfValue() {
        return responses.handle(() -> responses.ok(new UserDefinedFields(session)
                .read(BearerAuth.authenticate(session, realm, responses).user())));
    }

    /** setUdfValue: {key: value, ...}, all or nothing; answers [{key, dataType, value, label}]. */
    @PATCH
    @Path("udf")
    @Produces(MediaType.APPLICATION_JSON)
    public Response setUdfValue(InputStream body) {
        return responses.handle(() -> {
            AuthResult auth = BearerAuth.authenticate(session, realm, responses);
            UserDefinedFields udfs = new UserDefinedFields(session);
            Map<String, String> encoded = udfs.encode(JsonBody.read(body).fields());
            udfs.write(auth.user(), encoded);
            return responses.ok(udfs.describe(auth.user(), encoded.keySet()));
        });
    }

    /** removeUdfValue. */
    @DELETE
    @Path("udf/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response removeUdfValue(@PathParam("key") String key) {
        return responses.handle(() -> {
            AuthResult auth = BearerAuth.authenticate(session, realm, responses);
            new UserDefinedFields(session).remove(auth.user(), key);
            return responses.noContent();
        });
    }

    /** getSecurityLevel. */
    @GET
    @Path("security-level")
    @Produces(MediaType.APPLICATION_JSON)
    public Response securityLevel() {
        return responses.handle(() -> responses.ok(SecurityLevel.of(BearerAuth.authenticate(session, realm, responses).user())));
    }

    /** bindPhone: {phone, phoneCode, phoneCountryCode?}. */
    @POST
    @Path("phone")
    @Produces(MediaType.APPLICATION_JSON)
    public Response bindPhone(InputStream body) {
        return responses.handle(() -> {
            AuthResult auth = BearerAuth.authenticate(session, realm, responses);
            JsonBody json = JsonBody.read(body);
            new PhoneBinding(session, realm).bind(auth.user(), json.requiredString("phone"), json.string("phoneCountryCode"),
                    json.requiredString("phoneCode"));
            return responses.ok(user(auth));
        });
    }

    /** updatePhone: {phone, phoneCode, oldPhone?, oldPhoneCode?, phoneCountryCode?, oldPhoneCountryCode?}. */
    @PUT
    @Path("phone")
    @Produces(MediaType.APPLICATION_JSON)
    public Response updatePhone(InputStream body) {
        return responses.handle(() -> {
            AuthResult auth = BearerAuth.authenticate(session, realm, responses);
            JsonBody json = JsonBody.read(body);
            new PhoneBinding(session, realm).update(auth.user(), json.requiredString("phone"), json.string("phoneCountryCode"),
                    json.requiredString("phoneCode"), json.string("oldPhone"), json.string("oldPhoneCountryCode"),
                    json.string("oldPhoneCode"));
            return responses.ok(user(auth));
        });
    }

    /** unbindPhone. */
    @DELETE
    @Path("phone")
    @Produces(MediaType.APPLICATION_JSON)
    public Response unbindPhone() {
        return responses.handle(() -> {
            AuthResult auth = BearerAuth.authenticate(session, realm, responses);
            new PhoneBinding(session, realm).unbind(auth.user());
            return responses.ok(user(auth));
        });
    }

    private Object user(AuthResult auth) {
        return new AuthingUserMapper(session, realm).toUser(auth.user());
    }

    /** Ends the token's user session; its refresh token stops working at once, on every node. */
    @POST
    @Path("logout")
    @Produces(MediaType.APPLICATION_JSON)
    public Response logout() {
        return responses.handle(() -> {
            AuthResult auth = BearerAuth.authenticate(session, realm, responses);
            if (auth.session() != null) {
                AuthenticationManager.backchannelLogout(session, auth.session(), true);
            }
            new EventBuilder(realm, session, session.getContext().getConnection())
                    .event(EventType.LOGOUT)
                    .user(auth.user())
                    .client(auth.client())
                    .session(auth.session())
                    .success();
            return responses.noContent();
        });
    }
}
