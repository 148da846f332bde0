package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.Test;

/** getCurrentUser, checkLoginStatus, refresh and logout, and every kind of bad token. */
class SessionIT extends AuthpackIT {

    private Http.Reply fresh() {
        String username = Realm.uniqueName("sess");
        demo.registerByUsername(username, PASSWORD);
        return demo.login("username", username, PASSWORD);
    }

    private Http.Reply status(String token) {
        return Http.postJson(demo.api("/token/status"), Map.of("token", token));
    }

    @Test
    void meReturnsOnlyTheTokensOwnUser() {
        String a = Realm.uniqueName("a");
        String b = Realm.uniqueName("b");
        demo.registerByUsername(a, PASSWORD);
        demo.registerByUsername(b, PASSWORD);
        assertEquals(a, demo.me(demo.accessToken("username", a, PASSWORD)).get("username").asText());
        assertEquals(b, demo.me(demo.accessToken("username", b, PASSWORD)).get("username").asText());
    }

    @Test
    void meWithoutTokenIs2020() {
        Http.Reply reply = Http.get(demo.api("/me"), null);
        assertEquals(401, reply.status());
        assertEquals(2020, reply.code());
    }

    @Test
    void forgedTokenIs2207() {
        String token = fresh().json().get("access_token").asText();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        Http.Reply reply = Http.get(demo.api("/me"), forged);
        assertEquals(401, reply.status());
        assertEquals(2207, reply.code());
        assertEquals(2207, status(forged).code());
        assertEquals(2207, Http.get(demo.api("/me"), "garbage").code());
    }

    @Test
    void tokenOfAnotherRealmIs2207() {
        String realm = Realm.uniqueName("other");
        admin.createRealm(realm, "app", Map.of("registrationAllowed", true));
        admin.setup(realm, "app");
        Realm other = new Realm(server.baseUrl(), realm, "app");
        String username = Realm.uniqueName("o");
        assertEquals(201, other.registerByUsername(username, PASSWORD).status());
        String foreign = other.accessToken("username", username, PASSWORD);
        Http.Reply reply = Http.get(demo.api("/me"), foreign);
        assertEquals(401, reply.status());
        assertEquals(2207, reply.code());
        assertEquals(2207, status(foreign).code());
    }

    @Test
    void expiredTokenIs2206() throws InterruptedException {
        String realm = Realm.uniqueName("short");
        admin.createRealm(realm, "app", Map.of("registrationAllowed", true, "accessTokenLifespan", 1));
        admin.setup(realm, "app");
        Realm shortLived = new Realm(server.baseUrl(), realm, "app");
        String username = Realm.uniqueName("s");
        shortLived.registerByUsername(username, PASSWORD);
        String token = shortLived.accessToken("username", username, PASSWORD);
        Thread.sleep(2500);
        Http.Reply reply = Http.get(shortLived.api("/me"), token);
        assertEquals(401, reply.status());
        assertEquals(2206, reply.code());
        Http.Reply inBand = Http.postJson(shortLived.api("/token/status"), Map.of("token", token));
        assertEquals(200, inBand.status());
        assertEquals(2206, inBand.code());
        assertFalse(inBand.json().get("status").asBoolean());
    }

    @Test
    void checkLoginStatusReportsAValidLogin() {
        String token = fresh().json().get("access_token").asText();
        Http.Reply reply = status(token);
        assertEquals(200, reply.status());
        JsonNode body = reply.json();
        assertEquals(200, body.get("code").asInt());
        assertTrue(body.get("status").asBoolean());
        assertTrue(body.get("exp").asLong() > body.get("iat").asLong());
        assertEquals("demo", body.get("data").get("userPoolId").asText());
        assertFalse(body.get("data").get("id").asText().isEmpty());
    }

    @Test
    void checkLoginStatusAcceptsTheTokenInTheAuthorizationHeader() {
        String token = fresh().json().get("access_token").asText();
        Http.Reply reply = Http.postJson(demo.api("/token/status"), Map.of(), "Bearer " + token);
        assertEquals(200, reply.code());
    }

    @Test
    void refreshWorksUntilLogoutThenStops() {
        Http.Reply login = fresh();
        String access = login.json().get("access_token").asText();
        String refresh = login.json().get("refresh_token").asText();
        Http.Reply refreshed = Http.form(demo.tokenEndpoint(),
                Http.fields("grant_type", "refresh_token", "client_id", "demo-app", "refresh_token", refresh));
        assertEquals(200, refreshed.status(), refreshed.body());

        Http.Reply logout = Http.post(demo.api("/me/logout"), access);
        assertEquals(204, logout.status(), logout.body());

        Http.Reply after = Http.form(demo.tokenEndpoint(), Http.fields("grant_type", "refresh_token", "client_id", "demo-app",
                "refresh_token", refreshed.json().get("refresh_token").asText()));
        assertEquals(400, after.status(), after.body());
        assertEquals(2206, status(access).code(), "the login is over");
        assertEquals(401, Http.get(demo.api("/me"), access).status());
    }
}
