package io.authpack.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Keycloak admin REST API, as an administrator would use it to prepare a test's situation. */
public final class Admin {
    private final String baseUrl;

    public Admin(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String token() {
        Http.Reply reply = Http.form(baseUrl + "/realms/master/protocol/openid-connect/token",
                Http.fields("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        if (reply.status() != 200) {
            throw new AssertionError("admin login failed: " + reply);
        }
        return reply.json().get("access_token").asText();
    }

    public String url(String path) {
        return baseUrl + "/admin/realms" + path;
    }

    public Http.Reply get(String path) {
        return Http.get(url(path), token());
    }

    public Http.Reply post(String path, Object body) {
        return Http.postJson(url(path), body, "Bearer " + token());
    }

    public Http.Reply put(String path, Object body) {
        return Http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token())
                .PUT(HttpRequest.BodyPublishers.ofString(Http.write(body))));
    }

    public Http.Reply delete(String path) {
        return Http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token()).DELETE());
    }

    /** Creates a realm with a public client that has direct grants on and no Authpack flow yet. */
    public void createRealm(String realm, String clientId, Map<String, Object> settings) {
        Map<String, Object> body = new java.util.HashMap<>(settings);
        body.put("realm", realm);
        body.put("enabled", true);
        body.put("clients", List.of(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true)));
        Http.Reply reply = Http.postJson(baseUrl + "/admin/realms", body, "Bearer " + token());
        if (reply.status() != 201) {
            throw new AssertionError("realm creation failed: " + reply);
        }
    }

    public Http.Reply setup(String realm, String... clients) {
        return post("/" + realm + "/authpack/setup", Map.of("clients", List.of(clients)));
    }

    /** Changes realm settings by merging the given fields into the realm representation. */
    public void updateRealm(String realm, Map<String, Object> fields) {
        ObjectNode rep = (ObjectNode) get("/" + realm).json();
        fields.forEach((k, v) -> rep.set(k, Http.JSON.valueToTree(v)));
        Http.Reply reply = put("/" + realm, rep);
        if (reply.status() != 204) {
            throw new AssertionError("realm update failed: " + reply);
        }
    }

    public JsonNode user(String realm, String id) {
        return get("/" + realm + "/users/" + id).json();
    }

    public void updateUser(String realm, String id, Map<String, Object> fields) {
        ObjectNode rep = (ObjectNode) user(realm, id);
        fields.forEach((k, v) -> rep.set(k, Http.JSON.valueToTree(v)));
        Http.Reply reply = put("/" + realm + "/users/" + id, rep);
        if (reply.status() != 204) {
            throw new AssertionError("user update failed: " + reply);
        }
    }

    public int countUsers(String realm, String email) {
        return get("/" + realm + "/users?exact=true&email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8))
                .json().size();
    }

    public static final String UI_PAGE_TYPE = "org.keycloak.services.ui.extend.UiPageProvider";

    /**
     * Sets the realm's "Authpack SMS" settings (the admin console page), creating the component when
     * the realm has none; the given keys replace earlier values, the others are kept.
     */
    public void smsSettings(String realm, Map<String, String> settings) {
        JsonNode components = get("/" + realm + "/components?type=" + UI_PAGE_TYPE).json();
        ObjectNode existing = null;
        for (JsonNode c : components) {
            if ("authpack-sms".equals(c.path("providerId").asText())) {
                existing = (ObjectNode) c;
            }
        }
        if (existing == null) {
            String realmId = get("/" + realm).json().get("id").asText();
            Map<String, Object> body = new java.util.HashMap<>();
            body.put("name", "Authpack SMS");
            body.put("providerId", "authpack-sms");
            body.put("providerType", UI_PAGE_TYPE);
            body.put("parentId", realmId);
            Map<String, List<String>> config = new java.util.HashMap<>();
            settings.forEach((k, v) -> config.put(k, List.of(v)));
            body.put("config", config);
            Http.Reply created = post("/" + realm + "/components", body);
            if (created.status() != 201) {
                throw new AssertionError("SMS settings creation failed: " + created);
            }
            return;
        }
        ObjectNode config = (ObjectNode) existing.get("config");
        settings.forEach((k, v) -> config.set(k, Http.JSON.valueToTree(List.of(v))));
        Http.Reply updated = put("/" + realm + "/components/" + existing.get("id").asText(), existing);
        if (updated.status() != 204) {
            throw new AssertionError("SMS settings update failed: " + updated);
        }
    }

    public JsonNode smsSettingsComponent(String realm) {
        for (JsonNode c : get("/" + realm + "/components?type=" + UI_PAGE_TYPE).json()) {
            if ("authpack-sms".equals(c.path("providerId").asText())) {
                return c;
            }
        }
        return null;
    }

    /** Creates a user directly (as an administrator would), returning its id. */
    public String createUser(String realm, Map<String, Object> representation) {
        Http.Reply reply = post("/" + realm + "/users", representation);
        if (reply.status() != 201) {
            throw new AssertionError("user creation failed: " + reply);
        }
        String location = reply.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
