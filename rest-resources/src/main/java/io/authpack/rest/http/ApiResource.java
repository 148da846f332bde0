package io.authpack.rest.http;

import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Base of every end-user API resource: the request's session, realm and response helper, and the
 * CORS preflight answer. JAX-RS routes a preflight to the sub-resource that owns the path, so each
 * resource answers it here rather than at the root.
 */
public abstract class ApiResource {
    protected final KeycloakSession session;
    protected final RealmModel realm;
    protected final ApiResponses responses;

    protected ApiResource(KeycloakSession session, ApiResponses responses) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.responses = responses;
    }

    /**
     * The application a public call names with {@code clientId}: checked as
     * {@link ClientCredentials#resolve} does, and its web origins become the call's CORS origins.
     *
     * @param required whether the call must name one (it leads to tokens)
     * @return the client, or null when none is named and none is required
     */
    protected ClientModel application(JsonBody json, boolean required) {
        ClientModel client = ClientCredentials.resolve(session, realm, json.string("clientId"), required);
        if (client != null) {
            responses.cors().allowedOrigins(session, client);
        }
        return client;
    }

    @OPTIONS
    public Response preflightRoot() {
        return responses.preflight();
    }

    @OPTIONS
    @Path("{any:.+}")
    public Response preflight() {
        return responses.preflight();
    }
}
