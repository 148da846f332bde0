package io.authpack.rest.admin;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import io.authpack.core.setup.RealmSetup;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;

/**
 * {@code POST /admin/realms/{realm}/authpack/setup} with optional {@code {"clients": ["app"]}}:
 * the one idempotent call that enables Authpack on an existing realm. Needs manage-realm.
 */
public final class SetupResource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public SetupResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @POST
    @Path("setup")
    @Produces(MediaType.APPLICATION_JSON)
    public Response setup(InputStream body) {
        auth.realm().requireManageRealm();
        try {
            Map<String, Object> report = new RealmSetup(session, realm).apply(clients(body));
            adminEvent.operation(OperationType.UPDATE).resource(ResourceType.REALM)
                    .resourcePath(session.getContext().getUri()).representation(report).success();
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        } catch (AuthpackException e) {
            session.getTransactionManager().setRollbackOnly();
            return Response.status(e.error().status())
                    .entity(Map.of("code", e.error().code(), "message", e.getMessage()))
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    private static List<String> clients(InputStream body) {
        List<String> clients = new ArrayList<>();
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(64 * 1024);
            if (bytes.length == 0) {
                return clients;
            }
            JsonNode node = JSON.readTree(bytes);
            JsonNode list = node == null ? null : node.get("clients");
            if (list == null || list.isNull()) {
                return clients;
            }
            if (!list.isArray()) {
                throw AuthingError.BAD_PARAMETER.exception("clients must be an array of clientIds");
            }
            for (JsonNode item : list) {
                if (!item.isTextual()) {
                    throw AuthingError.BAD_PARAMETER.exception("clients must be an array of clientIds");
                }
                clients.add(item.textValue());
            }
            return clients;
        } catch (java.io.IOException e) {
            throw AuthingError.BAD_PARAMETER.exception("Request body is not valid JSON");
        }
    }
}
