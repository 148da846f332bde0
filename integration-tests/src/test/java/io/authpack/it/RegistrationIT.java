package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import io.authpack.it.support.Tokens;
import org.junit.jupiter.api.Test;

/** registerByEmail / registerByUsername on the real server, with their options and refusals. */
class RegistrationIT extends AuthpackIT {

    @Test
    void registerByEmailReturnsTheWholeUserShapeWithNullsForAbsentFields() {
        String email = Realm.uniqueEmail("Shape");
        Http.Reply reply = demo.registerByEmail(email, PASSWORD);
        assertEquals(201, reply.status(), reply.body());
        JsonNode user = reply.json();
        assertEquals(email.toLowerCase(), user.get("email").asText());
        assertFalse(user.get("emailVerified").asBoolean());
        for (String field : List.of("id", "username", "email", "emailVerified", "phone", "phoneVerified", "phoneCountryCode",
                "nickname", "photo", "name", "givenName", "familyName", "middleName", "preferredUsername", "profile",
                "website", "gender", "birthdate", "zoneinfo", "locale", "address", "formatted", "streetAddress", "locality",
                "region", "postalCode", "city", "province", "country", "company", "browser", "device", "lastIP",
                "loginsCount", "lastLogin", "signedUp", "blocked", "createdAt", "updatedAt", "customData", "identities")) {
            assertTrue(user.has(field), "User lacks field " + field);
        }
        assertTrue(user.get("phone").isNull());
        assertEquals(0, user.get("loginsCount").asInt());
        assertTrue(user.get("createdAt").asText().endsWith("Z"), "ISO-8601 instant");
        assertFalse(user.has("loginCode"), "no login code without forceLogin / generateToken");
    }

    @Test
    void profileFieldsAreStoredAndReachStandardTokens() {
        String username = Realm.uniqueName("prof");
        Map<String, Object> body = Map.of("username", username, "password", PASSWORD, "profile", Map.of(
                "nickname", "Nick", "givenName", "Given", "familyName", "Family", "gender", "F",
                "photo", "https://example.com/a.png", "company", "ACME", "birthdate", "1990-02-03"));
        Http.Reply reply = Http.postJson(demo.api("/register/username"), body);
        assertEquals(201, reply.status(), reply.body());
        assertEquals("Nick", reply.json().get("nickname").asText());
        assertEquals("Given", reply.json().get("givenName").asText());
        assertEquals("https://example.com/a.png", reply.json().get("photo").asText());

        Http.Reply login = demo.login("username", username, PASSWORD);
        assertEquals(200, login.status(), login.body());
        JsonNode idToken = Tokens.claims(login.json().get("id_token").asText());
        assertEquals("Nick", idToken.get("nickname").asText());
        assertEquals("F", idToken.get("gender").asText());
        assertEquals("https://example.com/a.png", idToken.get("picture").asText());
        assertEquals("Given", idToken.get("given_name").asText());
    }

    @Test
    void invalidProfileValueIsRefusedAndNothingIsCreated() {
        String username = Realm.uniqueName("badgender");
        Http.Reply reply = Http.postJson(demo.api("/register/username"),
                Map.of("username", username, "password", PASSWORD, "profile", Map.of("gender", "X")));
        assertEquals(400, reply.status(), reply.body());
        assertEquals(2231, reply.code());
        assertEquals(401, demo.login("username", username, PASSWORD).status());
    }

    @Test
    void sameEmailInOtherLetterCaseIsUserExists() {
        String email = Realm.uniqueEmail("case");
        assertEquals(201, demo.registerByEmail(email, PASSWORD).status());
        Http.Reply again = demo.registerByEmail(email.toUpperCase(), PASSWORD);
        assertEquals(409, again.status(), again.body());
        assertEquals(2026, again.code());
    }

    @Test
    void takenUsernameIs2034() {
        String username = Realm.uniqueName("taken");
        assertEquals(201, demo.registerByUsername(username, PASSWORD).status());
        Http.Reply again = demo.registerByUsername(username, PASSWORD);
        assertEquals(409, again.status());
        assertEquals(2034, again.code());
    }

    @Test
    void passwordPolicyViolationIs2029AndSaysWhy() {
        String email = Realm.uniqueEmail("weak");
        Http.Reply reply = demo.registerByEmail(email, "short");
        assertEquals(400, reply.status());
        assertEquals(2029, reply.code());
        assertTrue(reply.json().get("message").asText().toLowerCase().contains("length"), reply.body());
        assertEquals(0, admin.countUsers("demo", email), "nothing half-written");
    }

    @Test
    void malformedEmailIs2003() {
        Http.Reply reply = demo.registerByEmail("not-an-email", PASSWORD);
        assertEquals(400, reply.status());
        assertEquals(2003, reply.code());
    }

    @Test
    void customDataFillsTheRealmsUserDefinedFieldsAllOrNothing() {
        String email = Realm.uniqueEmail("udf");
        Http.Reply undefined = Http.postJson(demo.api("/register/email"),
                Map.of("email", email, "password", PASSWORD, "customData", Map.of("school", "MIT", "shoeSize", 42)));
        assertEquals(400, undefined.status());
        assertEquals(2231, undefined.code());
        Http.Reply wrongType = Http.postJson(demo.api("/register/email"),
                Map.of("email", email, "password", PASSWORD, "customData", Map.of("school", "MIT", "age", "twenty")));
        assertEquals(2231, wrongType.code());
        assertEquals(0, admin.countUsers("demo", email), "nothing half-written");

        Http.Reply ok = Http.postJson(demo.api("/register/email"),
                Map.of("email", email, "password", PASSWORD, "customData", Map.of("school", "MIT", "age", 20)));
        assertEquals(201, ok.status(), ok.body());
        assertEquals("{\"school\":\"MIT\",\"age\":20}", ok.json().get("customData").toString());
    }

    @Test
    void forceLoginCodeIsRedeemedOnceAndCountsAsALogin() {
        String email = Realm.uniqueEmail("force");
        Http.Reply reply = Http.postJson(demo.api("/register/email"),
                Map.of("email", email, "password", PASSWORD, "forceLogin", true, "clientId", "demo-app"));
        assertEquals(201, reply.status(), reply.body());
        String code = reply.json().get("loginCode").asText();
        assertTrue(code.length() >= 40, "login code carries at least 256 bits");

        Http.Reply tokens = demo.redeem(code);
        assertEquals(200, tokens.status(), tokens.body());
        String accessToken = tokens.json().get("access_token").asText();
        assertNotNull(tokens.json().get("refresh_token"));
        assertNotNull(tokens.json().get("id_token"));
        JsonNode me = demo.me(accessToken);
        assertEquals(1, me.get("loginsCount").asInt());
        assertFalse(me.get("lastLogin").isNull());

        Http.Reply reuse = demo.redeem(code);
        assertEquals(400, reuse.status());
        assertEquals(2001, reuse.code());
    }

    @Test
    void generateTokenIssuesTokensWithoutCountingALogin() {
        String email = Realm.uniqueEmail("gen");
        Http.Reply reply = Http.postJson(demo.api("/register/email"),
                Map.of("email", email, "password", PASSWORD, "generateToken", true, "clientId", "demo-app"));
        assertEquals(201, reply.status(), reply.body());
        Http.Reply tokens = demo.redeem(reply.json().get("loginCode").asText());
        assertEquals(200, tokens.status(), tokens.body());
        assertEquals(0, demo.me(tokens.json().get("access_token").asText()).get("loginsCount").asInt());
    }

    @Test
    void loginCodeIsBoundToTheClientThatRegistered() {
        String email = Realm.uniqueEmail("bound");
        Http.Reply reply = Http.postJson(demo.api("/register/email"),
                Map.of("email", email, "password", PASSWORD, "generateToken", true, "clientId", "demo-app"));
        Http.Reply other = demo.redeem(reply.json().get("loginCode").asText(), "account-console");
        assertEquals(400, other.status(), other.body());
    }

    @Test
    void forgedLoginCodeIsRefused() {
        Http.Reply reply = demo.redeem("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(400, reply.status());
        assertEquals(2001, reply.code());
        assertEquals("invalid_request", reply.json().get("error").asText());
    }

    @Test
    void forceLoginWithoutClientIdIs2231AndCreatesNothing() {
        String email = Realm.uniqueEmail("noclient");
        Http.Reply reply = Http.postJson(demo.api("/register/email"), Map.of("email", email, "password", PASSWORD, "forceLogin", true));
        assertEquals(400, reply.status());
        assertEquals(2231, reply.code());
        assertEquals(0, admin.countUsers("demo", email));
    }

    @Test
    void tenConcurrentRegistrationsOfOneEmailCreateExactlyOneUser() throws Exception {
        String email = Realm.uniqueEmail("race");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Http.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String variant = i % 2 == 0 ? email : email.toUpperCase();
                calls.add(() -> demo.registerByEmail(variant, PASSWORD));
            }
            int created = 0;
            int exists = 0;
            for (Future<Http.Reply> f : pool.invokeAll(calls)) {
                Http.Reply r = f.get();
                if (r.status() == 201) {
                    created++;
                } else {
                    assertEquals(409, r.status(), r.body());
                    assertEquals(2026, r.code(), r.body());
                    exists++;
                }
            }
            assertEquals(1, created);
            assertEquals(9, exists);
            assertEquals(1, admin.countUsers("demo", email));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closedRegistrationIs2031() {
        String realm = Realm.uniqueName("closed");
        admin.createRealm(realm, "app", Map.of("registrationAllowed", false));
        assertEquals(200, admin.setup(realm, "app").status());
        Realm closed = new Realm(server.baseUrl(), realm, "app");
        Http.Reply reply = closed.registerByEmail(Realm.uniqueEmail("closed"), PASSWORD);
        assertEquals(403, reply.status());
        assertEquals(2031, reply.code());
        Http.Reply auto = closed.login("email", Realm.uniqueEmail("auto"), PASSWORD, "auto_register", "true");
        assertEquals(403, auto.status(), auto.body());
        assertEquals(2031, auto.code());
    }
}
