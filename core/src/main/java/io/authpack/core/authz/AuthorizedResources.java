package io.authpack.core.authz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.authpack.core.error.AuthingError;
import org.keycloak.authorization.AuthorizationProvider;
import org.keycloak.authorization.common.DefaultEvaluationContext;
import org.keycloak.authorization.identity.UserModelIdentity;
import org.keycloak.authorization.model.Resource;
import org.keycloak.authorization.model.ResourceServer;
import org.keycloak.authorization.store.StoreFactory;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.authorization.AuthorizationRequest;
import org.keycloak.representations.idm.authorization.Permission;

/**
 * listAuthorizedResources: every resource of a Keycloak resource server (the Authing "namespace")
 * that the user is granted, with the granted scopes as Authing's actions. Keycloak's policy engine
 * decides, evaluated for the user model, so roles (composite and group-inherited), groups, users and
 * every other built-in policy type count.
 */
public final class AuthorizedResources {
    public static final List<String> TYPES = List.of("DATA", "API", "MENU", "UI", "BUTTON");

    private final KeycloakSession session;
    private final RealmModel realm;

    public AuthorizedResources(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * @param namespace    the clientId of the resource server
     * @param resourceType one of {@link #TYPES}, or null for all
     * @return {@code {totalCount, list: [{code, type?, actions?}]}}, absent type and empty actions left out as
     *         Authing's SDK does
     */
    public Map<String, Object> list(UserModel user, String namespace, String resourceType) {
        if (resourceType != null && !TYPES.contains(resourceType.toUpperCase(Locale.ROOT))) {
            throw AuthingError.BAD_PARAMETER.exception("resourceType must be one of " + TYPES);
        }
        ClientModel client = namespace == null ? null : realm.getClientByClientId(namespace);
        AuthorizationProvider authz = session.getProvider(AuthorizationProvider.class);
        StoreFactory store = authz.getStoreFactory();
        ResourceServer server = client == null ? null : store.getResourceServerStore().findByClient(client);
        if (server == null) {
            throw AuthingError.BAD_PARAMETER.exception("namespace must be the clientId of a resource server of this realm");
        }
        AuthorizationRequest request = new AuthorizationRequest();
        List<Map<String, Object>> granted = new ArrayList<>();
        for (Permission permission : authz.evaluators()
                .from(new DefaultEvaluationContext(new UserModelIdentity(realm, user), session), server, request)
                .evaluate(server, request)) {
            Resource resource = permission.getResourceId() == null ? null
                    : store.getResourceStore().findById(server, permission.getResourceId());
            if (resource == null) {
                continue;
            }
            String type = resource.getType();
            if (resourceType != null && !resourceType.equalsIgnoreCase(type)) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", resource.getName());
            if (type != null && !type.isBlank()) {
                item.put("type", type);
            }
            if (permission.getScopes() != null && !permission.getScopes().isEmpty()) {
                item.put("actions", permission.getScopes().stream().sorted().toList());
            }
            granted.add(item);
        }
        granted.sort((a, b) -> String.valueOf(a.get("code")).compareTo(String.valueOf(b.get("code"))));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("totalCount", granted.size());
        answer.put("list", granted);
        return answer;
    }
}
