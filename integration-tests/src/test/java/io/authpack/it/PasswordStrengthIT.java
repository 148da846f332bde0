package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.authpack.client.AuthenticationClient;
import io.authpack.client.SecurityLevel;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.Test;

/** checkPasswordStrength against the realm's password policy, and getSecurityLevel. */
class PasswordStrengthIT extends AuthpackIT {

    private JsonNode strength(String password) {
        Http.Reply reply = Http.postJson(demo.api("/password/strength"), Map.of("password", password));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void checkPasswordStrengthAnswersInBandWithTheRealmPolicyAndTheAuthingLevel() {
        JsonNode weak = strength("short1");
        assertFalse(weak.get("valid").asBoolean());
        assertTrue(weak.get("message").asText().toLowerCase().contains("length"), weak.toString());
        assertEquals(1, weak.get("level").asInt());
        JsonNode strong = strength("Abcdefghijk1");
        assertTrue(strong.get("valid").asBoolean());
        assertEquals(3, strong.get("level").asInt());
        assertEquals(2231, Http.postJson(demo.api("/password/strength"), Map.of()).code());
    }

    @Test
    void securityLevelCountsWhatTheAccountHas() {
        String email = Realm.uniqueEmail("level");
        demo.registerByEmail(email, "abcdefg1x");
        String token = demo.accessToken("email", email, "abcdefg1x");
        JsonNode level = demo.me(token);
        Http.Reply reply = Http.get(demo.api("/me/security-level"), token);
        assertEquals(200, reply.status(), reply.body());
        JsonNode body = reply.json();
        assertEquals(65, body.get("score").asInt(), "Authing's published example: email + password = 65");
        assertTrue(body.get("email").asBoolean());
        assertFalse(body.get("phone").asBoolean());
        assertTrue(body.get("password").asBoolean());
        assertEquals(2, body.get("passwordSecurityLevel").asInt());
        assertFalse(body.get("mfa").asBoolean());
        assertEquals(email, level.get("email").asText());
        assertEquals(2020, Http.get(demo.api("/me/security-level"), null).code());
    }

    @Test
    void aPasswordSetOutsideAuthpackHasNoAssessedLevel() {
        String username = Realm.uniqueName("admincreated");
        admin.createUser("demo", Map.of("username", username, "enabled", true,
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
        String token = demo.accessToken("username", username, PASSWORD);
        JsonNode body = Http.get(demo.api("/me/security-level"), token).json();
        assertTrue(body.get("passwordSecurityLevel").isNull(), body.toString());
        assertEquals(40, body.get("score").asInt());
    }

    @Test
    void javaClient() {
        AuthenticationClient client = new AuthenticationClient(server.baseUrl(), "demo", "demo-app");
        assertFalse(client.checkPasswordStrength("short").getValid());
        assertEquals(3, client.computedPasswordSecurityLevel("Abcdefghijk1"));
        String username = Realm.uniqueName("sdklevel");
        client.registerByUsername(username, "Abcdefghijk1");
        client.loginByUsername(username, "Abcdefghijk1");
        SecurityLevel level = client.getSecurityLevel();
        assertEquals(40, level.getScore());
        assertEquals(3, level.getPasswordSecurityLevel());
    }
}
