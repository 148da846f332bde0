package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import io.authpack.it.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** login_method=email and username at Keycloak's token endpoint, through the Authpack flow. */
class LoginIT extends AuthpackIT {

    @Test
    void emailLoginIgnoresLetterCaseAndReturnsStandardTokens() {
        String email = Realm.uniqueEmail("login");
        assertEquals(201, demo.registerByEmail(email, PASSWORD).status());
        Http.Reply reply = demo.login("email", email.toUpperCase(), PASSWORD);
        assertEquals(200, reply.status(), reply.body());
        JsonNode access = Tokens.claims(reply.json().get("access_token").asText());
        assertEquals(demo.issuer(), access.get("iss").asText());
        assertTrue(reply.json().has("refresh_token"));
        assertTrue(reply.json().has("id_token"));
    }

    @Test
    void usernameLoginWorks() {
        String username = Realm.uniqueName("user");
        assertEquals(201, demo.registerByUsername(username, PASSWORD).status());
        assertEquals(200, demo.login("username", username, PASSWORD).status());
    }

    @Test
    void loginMaintainsLoginsCountLastLoginAndLastIp() {
        String username = Realm.uniqueName("stats");
        demo.registerByUsername(username, PASSWORD);
        demo.accessToken("username", username, PASSWORD);
        String token = demo.accessToken("username", username, PASSWORD);
        JsonNode me = demo.me(token);
        assertEquals(2, me.get("loginsCount").asInt());
        assertFalse(me.get("lastLogin").isNull());
        assertEquals("127.0.0.1", me.get("lastIP").asText());
    }

    @Test
    void wrongPasswordIs2333() {
        String username = Realm.uniqueName("wrong");
        demo.registerByUsername(username, PASSWORD);
        Http.Reply reply = demo.login("username", username, "Not-the-password-1");
        assertEquals(401, reply.status());
        assertEquals(2333, reply.code());
        assertEquals("invalid_grant", reply.json().get("error").asText());
    }

    @Test
    void unknownUserAnswersExactlyLikeAWrongPassword() {
        Http.Reply unknown = demo.login("email", Realm.uniqueEmail("ghost"), PASSWORD);
        String username = Realm.uniqueName("known");
        demo.registerByUsername(username, PASSWORD);
        Http.Reply wrong = demo.login("username", username, "Not-the-password-1");
        assertEquals(wrong.status(), unknown.status());
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void disabledUserIs2005() {
        String email = Realm.uniqueEmail("disabled");
        String id = demo.registerByEmail(email, PASSWORD).json().get("id").asText();
        admin.updateUser("demo", id, Map.of("enabled", false));
        Http.Reply reply = demo.login("email", email, PASSWORD);
        assertEquals(403, reply.status(), reply.body());
        assertEquals(2005, reply.code());
    }

    @Test
    void bruteForceProtectionLocksTheAccountAfterRepeatedFailures() {
        String username = Realm.uniqueName("brute");
        demo.registerByUsername(username, PASSWORD);
        for (int i = 0; i < 5; i++) {
            int code = demo.login("username", username, "Not-the-password-" + i).code();
            assertTrue(code == 2333 || (code == 2005 && i >= 3), "attempt " + i + ": " + code);
        }
        Http.Reply locked = demo.login("username", username, PASSWORD);
        assertEquals(403, locked.status(), locked.body());
        assertEquals(2005, locked.code());
    }

    @Test
    void concurrentCorrectLoginsOfOneUserNeverLockTheAccount() throws Exception {
        String username = Realm.uniqueName("devices");
        String id = demo.registerByUsername(username, PASSWORD).json().get("id").asText();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Callable<Http.Reply>> logins = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                logins.add(() -> demo.login("username", username, PASSWORD));
            }
            for (java.util.concurrent.Future<Http.Reply> f : pool.invokeAll(logins)) {
                Http.Reply r = f.get();
                assertTrue(r.status() == 200 || r.code() == 2005, r.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode bruteForce = admin.get("/demo/attack-detection/brute-force/users/" + id).json();
        assertEquals(0, bruteForce.get("numFailures").asInt(), bruteForce.toString());
        assertEquals(200, demo.login("username", username, PASSWORD).status());
    }

    @Test
    void autoRegisterCreatesTheUserOnFirstLoginOnly() {
        String email = Realm.uniqueEmail("auto");
        Http.Reply first = demo.login("email", email, PASSWORD, "auto_register", "true");
        assertEquals(200, first.status(), first.body());
        JsonNode me = demo.me(first.json().get("access_token").asText());
        assertEquals(email, me.get("email").asText());
        assertEquals(1, admin.countUsers("demo", email));

        Http.Reply wrong = demo.login("email", email, "Another-password-1", "auto_register", "true");
        assertEquals(2333, wrong.code(), "an existing user is never re-registered");
        assertEquals(1, admin.countUsers("demo", email));
    }

    @Test
    void autoRegisterRespectsThePasswordPolicy() {
        String email = Realm.uniqueEmail("autoweak");
        Http.Reply reply = demo.login("email", email, "short", "auto_register", "true");
        assertEquals(400, reply.status(), reply.body());
        assertEquals(2029, reply.code());
        assertEquals(0, admin.countUsers("demo", email));
    }

    @Test
    void missingParametersAre2231() {
        Http.Reply noPassword = Http.form(demo.tokenEndpoint(), Http.fields("grant_type", "password", "client_id", "demo-app",
                "login_method", "email", "email", "a@example.com"));
        assertEquals(400, noPassword.status(), noPassword.body());
        assertEquals(2231, noPassword.code());
        Http.Reply noEmail = Http.form(demo.tokenEndpoint(), Http.fields("grant_type", "password", "client_id", "demo-app",
                "login_method", "email", "password", PASSWORD));
        assertEquals(2231, noEmail.code());
    }

    @Test
    void unknownLoginMethodIs2231() {
        Http.Reply reply = demo.login("carrier-pigeon", "x", PASSWORD);
        assertEquals(400, reply.status());
        assertEquals(2231, reply.code());
    }

    @Test
    void malformedEmailAtLoginIs2003() {
        Http.Reply reply = demo.login("email", "nope", PASSWORD);
        assertEquals(400, reply.status());
        assertEquals(2003, reply.code());
    }

    @Test
    void contextMustBeAJsonObjectAndCustomDataIsWrittenOnSuccess() {
        String username = Realm.uniqueName("ctx");
        demo.registerByUsername(username, PASSWORD);
        assertEquals(200, demo.login("username", username, PASSWORD, "context", "{\"source\":\"test\"}").status());
        assertEquals(2231, demo.login("username", username, PASSWORD, "context", "[1,2]").code());
        assertEquals(2231, demo.login("username", username, PASSWORD, "custom_data", "{\"nope\":\"x\"}").code());
        assertEquals(2231, demo.login("username", username, PASSWORD, "custom_data", "{\"age\":\"old\"}").code());
        assertEquals(2333, demo.login("username", username, "Wrong-pass-1", "custom_data", "{\"school\":\"Nope\"}").code());
        Http.Reply ok = demo.login("username", username, PASSWORD, "custom_data", "{\"school\":\"HUST\",\"age\":21}");
        assertEquals(200, ok.status(), ok.body());
        assertEquals("{\"school\":\"HUST\",\"age\":21}", demo.me(ok.json().get("access_token").asText()).get("customData").toString());
    }
}
