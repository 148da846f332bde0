package io.authpack.rest.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.cors.Cors;

/**
 * The one place the end-user API turns results and refusals into HTTP: JSON bodies, Authing error
 * envelopes {@code {code, message, data}}, CORS headers, and a rolled-back transaction for every
 * error so that a refused call never leaves anything half-written.
 */
public final class ApiResponses {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(ApiResponses.class);
    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

    private final KeycloakSession session;
    private final Cors cors;

    public ApiResponses(KeycloakSession session) {
        this.session = session;
        this.cors = Cors.builder().allowedMethods(METHODS).exposedHeaders("Retry-After");
    }

    /** Narrows CORS to the origins the calling application registered (token claim or client config). */
    public Cors cors() {
        return cors;
    }

    /** Runs a call, mapping every refusal (and any unexpected failure) to a JSON error. */
    public Response handle(Supplier<Response> call) {
        try {
            return call.get();
        } catch (AuthpackException e) {
            return error(e.error(), e.getMessage(), e.data());
        } catch (WebApplicationException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Unexpected failure in the Authpack API");
            return error(AuthingError.TEMPORARY_FAILURE, AuthingError.TEMPORARY_FAILURE.defaultMessage(), null);
        }
    }

    public Response ok(Object entity) {
        return json(Response.ok(entity));
    }

    public Response created(Object entity) {
        return json(Response.status(Response.Status.CREATED).entity(entity));
    }

    public Response noContent() {
        return cors.add(Response.noContent());
    }

    public Response preflight() {
        return Cors.builder().preflight().allowedMethods(METHODS).allowAllOrigins()
                .add(Response.ok());
    }

    public Response error(AuthingError error, String message, Map<String, Object> data) {
        session.getTransactionManager().setRollbackOnly();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", error.code());
        body.put("message", message);
        body.put("data", data);
        Response.ResponseBuilder builder = Response.status(error.status()).entity(body);
        if (error == AuthingError.TOO_MANY_REQUESTS && data != null && data.get("retryAfter") != null) {
            builder.header("Retry-After", String.valueOf(data.get("retryAfter")));
        }
        if (error.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return json(builder);
    }

    /**
     * Serialises here rather than through Keycloak's JSON provider, which drops null fields: the
     * Authing User shape promises every field, absent ones as null.
     */
    private Response json(Response.ResponseBuilder builder) {
        Response draft = builder.build();
        Response.ResponseBuilder out = Response.fromResponse(draft);
        if (draft.getEntity() != null) {
            try {
                out.entity(JSON.writeValueAsString(draft.getEntity()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("answer is not serialisable", e);
            }
        }
        return cors.add(out.type(MediaType.APPLICATION_JSON_TYPE));
    }
}
