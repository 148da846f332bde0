package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.Test;

/** Malformed requests get their Authing code as JSON, change nothing, and never a 500 or a stack trace. */
class BadInputIT extends AuthpackIT {

    private static void assertCleanError(Http.Reply reply, int status, int code) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(code, reply.code(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/json"));
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("\tat "), reply.body());
    }

    @Test
    void malformedJsonIs2231() {
        assertCleanError(Http.postJson(demo.api("/register/email"), "{\"email\": "), 400, 2231);
    }

    @Test
    void nonObjectJsonIs2231() {
        assertCleanError(Http.postJson(demo.api("/register/email"), "[\"a\"]"), 400, 2231);
        assertCleanError(Http.postJson(demo.api("/register/email"), "null"), 400, 2231);
    }

    @Test
    void emptyBodyIs2231() {
        assertCleanError(Http.postJson(demo.api("/register/username"), ""), 400, 2231);
    }

    @Test
    void wrongFieldTypesAre2231AndNameTheField() {
        String email = Realm.uniqueEmail("types");
        Http.Reply number = Http.postJson(demo.api("/register/email"), Map.of("email", 42, "password", PASSWORD));
        assertCleanError(number, 400, 2231);
        assertTrue(number.json().get("message").asText().contains("email"));
        assertCleanError(Http.postJson(demo.api("/register/email"),
                Map.of("email", email, "password", PASSWORD, "forceLogin", "yes")), 400, 2231);
        assertCleanError(Http.postJson(demo.api("/register/email"),
                Map.of("email", email, "password", PASSWORD, "profile", "nick")), 400, 2231);
        assertCleanError(Http.postJson(demo.api("/register/email"),
                Map.of("email", email, "password", PASSWORD, "profile", Map.of("nickname", 7))), 400, 2231);
        assertCleanError(Http.postJson(demo.api("/token/status"), Map.of("token", 5)), 400, 2231);
        assertEquals(0, admin.countUsers("demo", email), "nothing half-written");
    }

    @Test
    void missingFieldsAre2231() {
        assertCleanError(Http.postJson(demo.api("/register/email"), Map.of("password", PASSWORD)), 400, 2231);
        assertCleanError(Http.postJson(demo.api("/register/email"), Map.of("email", Realm.uniqueEmail("nopw"))), 400, 2231);
        assertCleanError(Http.postJson(demo.api("/register/username"), Map.of("password", PASSWORD)), 400, 2231);
        assertCleanError(Http.postJson(demo.api("/token/status"), Map.of()), 400, 2231);
    }

    @Test
    void unknownFieldsAreIgnored() {
        Http.Reply reply = Http.postJson(demo.api("/register/email"),
                Map.of("email", Realm.uniqueEmail("extra"), "password", PASSWORD, "favouriteColour", "green"));
        assertEquals(201, reply.status(), reply.body());
    }

    @Test
    void oversizedBodyIsRefusedBeforeParsing() {
        String big = "{\"email\":\"" + "a".repeat(70_000) + "@example.com\",\"password\":\"" + PASSWORD + "\"}";
        assertCleanError(Http.postJson(demo.api("/register/email"), big), 400, 2231);
    }

    @Test
    void oversizedFieldInsideTheLimitIsStillRefused() {
        String longName = "n".repeat(5000);
        Http.Reply reply = Http.postJson(demo.api("/register/username"), Map.of("username", longName, "password", PASSWORD));
        assertEquals(400, reply.status(), reply.body());
        assertEquals(2231, reply.code());
    }

    @Test
    void unknownRealmIs404Json() {
        Http.Reply reply = Http.postJson(server.baseUrl() + "/realms/no-such-realm/authpack/register/email",
                Map.of("email", "a@example.com", "password", PASSWORD));
        assertEquals(404, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/json"));
        assertFalse(reply.body().contains("Exception"));
    }

    @Test
    void corsPreflightIsAnswered() {
        Http.Reply reply = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(demo.api("/me")))
                .header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, reply.status());
        assertEquals("http://localhost:3000", reply.header("Access-Control-Allow-Origin"));
    }
}
