package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.authpack.client.AuthenticationClient;
import io.authpack.client.AuthingException;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User-defined fields of every Authing type, defined as annotated user-profile attributes, through
 * getUdfValue / setUdfValue / removeUdfValue and the User's customData.
 */
class UdfIT extends AuthpackIT {
    private static String realmName;
    private Realm realm;

    @BeforeEach
    void realmWithEveryFieldType() {
        if (realmName == null) {
            realmName = Realm.uniqueName("udf");
            admin.createRealm(realmName, "app", Map.of("registrationAllowed", true));
            admin.setup(realmName, "app");
            ObjectNode profile = (ObjectNode) admin.get("/" + realmName + "/users/profile").json();
            ArrayNode attributes = (ArrayNode) profile.get("attributes");
            for (String[] f : new String[][] {{"school", "STRING"}, {"age", "NUMBER"}, {"graduated", "DATETIME"},
                    {"vip", "BOOLEAN"}, {"prefs", "OBJECT"}, {"tier", "SELECT"}}) {
                ObjectNode attribute = attributes.addObject();
                attribute.put("name", f[0]);
                attribute.put("displayName", f[0].toUpperCase());
                attribute.putObject("annotations").put("authpack.udf", f[1]);
                ObjectNode permissions = attribute.putObject("permissions");
                permissions.putArray("view").add("admin").add("user");
                permissions.putArray("edit").add("admin").add("user");
                if (f[1].equals("SELECT")) {
                    attribute.putObject("validations").putObject("options").putArray("options").add("gold").add("silver");
                }
            }
            Http.Reply saved = admin.put("/" + realmName + "/users/profile", profile);
            assertEquals(200, saved.status(), saved.body());
        }
        realm = new Realm(server.baseUrl(), realmName, "app");
    }

    private String token() {
        String username = Realm.uniqueName("u");
        realm.registerByUsername(username, PASSWORD);
        return realm.accessToken("username", username, PASSWORD);
    }

    private Http.Reply patch(String token, Object body) {
        return Http.send(HttpRequest.newBuilder(URI.create(realm.api("/me/udf"))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).method("PATCH", HttpRequest.BodyPublishers.ofString(Http.write(body))));
    }

    @Test
    void everyTypeRoundTripsTyped() {
        String token = token();
        Map<String, Object> values = Map.of("school", "HUST", "age", 21.5, "graduated", "2024-06-30T00:00:00Z",
                "vip", true, "prefs", Map.of("theme", "dark"), "tier", "gold");
        Http.Reply set = patch(token, values);
        assertEquals(200, set.status(), set.body());
        assertEquals(6, set.json().size());
        JsonNode first = set.json().get(0);
        assertTrue(first.has("key") && first.has("dataType") && first.has("value") && first.has("label"), first.toString());

        JsonNode udf = Http.get(realm.api("/me/udf"), token).json();
        assertEquals("HUST", udf.get("school").asText());
        assertEquals(21.5, udf.get("age").asDouble());
        assertEquals("2024-06-30T00:00:00Z", udf.get("graduated").asText());
        assertTrue(udf.get("vip").isBoolean() && udf.get("vip").asBoolean());
        assertEquals("dark", udf.get("prefs").get("theme").asText());
        assertEquals("gold", udf.get("tier").asText());
        assertEquals(udf, realm.me(token).get("customData"), "the User's customData is the same typed object");
    }

    @Test
    void wrongTypesAndUndefinedKeysWriteNothing() {
        String token = token();
        assertEquals(2231, patch(token, Map.of("school", 123)).code());
        assertEquals(2231, patch(token, Map.of("age", "21")).code());
        assertEquals(2231, patch(token, Map.of("vip", "yes")).code());
        assertEquals(2231, patch(token, Map.of("prefs", List.of(1))).code());
        assertEquals(2231, patch(token, Map.of("tier", "bronze")).code());
        assertEquals(2231, patch(token, Map.of("graduated", "yesterday")).code());
        assertEquals(2231, patch(token, Map.of("school", "OK", "shoeSize", 42)).code());
        assertEquals(2231, patch(token, Map.of()).code());
        assertEquals("{}", Http.get(realm.api("/me/udf"), token).json().toString(), "nothing was written");
    }

    @Test
    void removeUdfValueDeletesOneKey() {
        String token = token();
        patch(token, Map.of("school", "HUST", "age", 3));
        Http.Reply removed = Http.send(HttpRequest.newBuilder(URI.create(realm.api("/me/udf/school")))
                .header("Authorization", "Bearer " + token).DELETE());
        assertEquals(204, removed.status(), removed.body());
        assertEquals("{\"age\":3}", Http.get(realm.api("/me/udf"), token).json().toString());
        Http.Reply unknown = Http.send(HttpRequest.newBuilder(URI.create(realm.api("/me/udf/nope")))
                .header("Authorization", "Bearer " + token).DELETE());
        assertEquals(2231, unknown.code());
    }

    @Test
    void javaClient() {
        AuthenticationClient client = new AuthenticationClient(server.baseUrl(), realmName, "app");
        String username = Realm.uniqueName("sdk");
        client.registerByUsername(username, PASSWORD);
        client.loginByUsername(username, PASSWORD);
        client.setUdfValue(Map.of("age", 30, "vip", false));
        assertEquals(Map.of("age", 30, "vip", false), client.getUdfValue());
        client.removeUdfValue("vip");
        assertEquals(Map.of("age", 30), client.getUdfValue());
        AuthingException e = assertThrows(AuthingException.class, () -> client.setUdfValue(Map.of("age", "old")));
        assertEquals(2231, e.getCode());
    }
}
