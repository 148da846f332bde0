package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.authpack.client.AuthenticationClient;
import io.authpack.client.AuthorizedResources;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * listAuthorizedResources against Keycloak Authorization Services: a resource server with typed
 * resources, and role, group and user policies; each user sees exactly what the policies grant.
 */
class AuthorizedResourcesIT extends AuthpackIT {
    private static String realmName;
    private Realm realm;

    @BeforeEach
    void realmWithAResourceServer() {
        if (realmName == null) {
            realmName = Realm.uniqueName("authz");
            Map<String, Object> rep = Map.of(
                    "realm", realmName, "enabled", true,
                    "roles", Map.of("realm", List.of(Map.of("name", "reader"))),
                    "groups", List.of(Map.of("name", "editors")),
                    "users", List.of(user("alice", List.of("reader"), List.of("/editors")), user("bob", List.of("reader"), List.of()),
                            user("carol", List.of(), List.of())),
                    "clients", List.of(
                            Map.of("clientId", "app", "publicClient", true, "directAccessGrantsEnabled", true),
                            Map.of("clientId", "books-api", "publicClient", false, "secret", "s3cret", "serviceAccountsEnabled", true,
                                    "authorizationServicesEnabled", true, "authorizationSettings", authorization())));
            Http.Reply created = Http.postJson(server.baseUrl() + "/admin/realms", rep, "Bearer " + admin.token());
            assertEquals(201, created.status(), created.body());
            admin.setup(realmName, "app");
        }
        realm = new Realm(server.baseUrl(), realmName, "app");
    }

    private static Map<String, Object> user(String name, List<String> roles, List<String> groups) {
        return Map.of("username", name, "enabled", true, "email", name + "@authz.example", "firstName", name, "lastName", "Z",
                "realmRoles", roles, "groups", groups,
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
    }

    private static Map<String, Object> authorization() {
        return Map.of("policyEnforcementMode", "ENFORCING", "decisionStrategy", "UNANIMOUS",
                "scopes", List.of(Map.of("name", "read"), Map.of("name", "write"), Map.of("name", "view"), Map.of("name", "call")),
                "resources", List.of(
                        Map.of("name", "book:1", "type", "DATA", "scopes", List.of(Map.of("name", "read"), Map.of("name", "write"))),
                        Map.of("name", "menu_a", "type", "MENU", "scopes", List.of(Map.of("name", "view"))),
                        Map.of("name", "api_x", "type", "API", "scopes", List.of(Map.of("name", "call")))),
                "policies", List.of(
                        Map.of("name", "readers", "type", "role", "logic", "POSITIVE",
                                "config", Map.of("roles", "[{\"id\":\"reader\",\"required\":false}]")),
                        Map.of("name", "editors-group", "type", "group", "logic", "POSITIVE",
                                "config", Map.of("groups", "[{\"path\":\"/editors\",\"extendChildren\":false}]")),
                        Map.of("name", "only-carol", "type", "user", "logic", "POSITIVE", "config", Map.of("users", "[\"carol\"]")),
                        Map.of("name", "read-books", "type", "scope", "config", Map.of("resources", "[\"book:1\"]",
                                "scopes", "[\"read\"]", "applyPolicies", "[\"readers\"]")),
                        Map.of("name", "write-books", "type", "scope", "config", Map.of("resources", "[\"book:1\"]",
                                "scopes", "[\"write\"]", "applyPolicies", "[\"editors-group\"]")),
                        Map.of("name", "menu", "type", "resource", "config", Map.of("resources", "[\"menu_a\"]",
                                "applyPolicies", "[\"readers\"]")),
                        Map.of("name", "api", "type", "resource", "config", Map.of("resources", "[\"api_x\"]",
                                "applyPolicies", "[\"only-carol\"]"))));
    }

    private JsonNode resources(String username, String query) {
        String token = realm.accessToken("username", username, PASSWORD);
        Http.Reply reply = Http.get(realm.api("/me/authorized-resources?namespace=books-api" + query), token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void eachUserSeesWhatTheirRolesGroupsAndNameGrant() {
        assertEquals("{\"totalCount\":2,\"list\":[{\"code\":\"book:1\",\"type\":\"DATA\",\"actions\":[\"read\",\"write\"]},"
                + "{\"code\":\"menu_a\",\"type\":\"MENU\",\"actions\":[\"view\"]}]}", resources("alice", "").toString());
        assertEquals("{\"totalCount\":2,\"list\":[{\"code\":\"book:1\",\"type\":\"DATA\",\"actions\":[\"read\"]},"
                + "{\"code\":\"menu_a\",\"type\":\"MENU\",\"actions\":[\"view\"]}]}", resources("bob", "").toString());
        assertEquals("{\"totalCount\":1,\"list\":[{\"code\":\"api_x\",\"type\":\"API\",\"actions\":[\"call\"]}]}",
                resources("carol", "").toString());
    }

    @Test
    void resourceTypeFilters() {
        assertEquals("{\"totalCount\":1,\"list\":[{\"code\":\"menu_a\",\"type\":\"MENU\",\"actions\":[\"view\"]}]}",
                resources("alice", "&resourceType=MENU").toString());
        assertEquals(0, resources("bob", "&resourceType=API").get("totalCount").asInt());
    }

    @Test
    void badInput() {
        String token = realm.accessToken("username", "alice", PASSWORD);
        assertEquals(2231, Http.get(realm.api("/me/authorized-resources"), token).code());
        assertEquals(2231, Http.get(realm.api("/me/authorized-resources?namespace=app"), token).code(), "not a resource server");
        assertEquals(2231, Http.get(realm.api("/me/authorized-resources?namespace=books-api&resourceType=CAKE"), token).code());
        assertEquals(2020, Http.get(realm.api("/me/authorized-resources?namespace=books-api"), null).code());
    }

    @Test
    void javaClient() {
        AuthenticationClient client = new AuthenticationClient(server.baseUrl(), realmName, "app");
        client.loginByUsername("bob", PASSWORD);
        AuthorizedResources granted = client.listAuthorizedResources("books-api", "DATA");
        assertEquals(1, granted.getTotalCount());
        assertEquals(List.of("read"), granted.getList().get(0).getActions());
    }
}
