package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.authpack.client.AuthenticationClient;
import io.authpack.client.RegisterOptions;
import io.authpack.client.User;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Confidential applications: they prove themselves before a login code is issued, and may pass client_ip. */
class ConfidentialClientIT extends AuthpackIT {
    private static final String SECRET = "backend-secret-123";
    private String clientId;
    private String untrustedId;

    @BeforeEach
    void confidentialClients() {
        clientId = Realm.uniqueName("backend");
        untrustedId = Realm.uniqueName("untrusted");
        String flowId = admin.setup("demo").json().get("directGrantFlow").get("id").asText();
        for (String id : new String[] {clientId, untrustedId}) {
            Http.Reply created = admin.post("/demo/clients", Map.of("clientId", id, "publicClient", false, "secret", SECRET,
                    "directAccessGrantsEnabled", true,
                    "authenticationFlowBindingOverrides", Map.of("direct_grant", flowId),
                    "attributes", Map.of("authpack.trustClientIp", id.equals(clientId) ? "true" : "false")));
            assertEquals(201, created.status(), created.body());
        }
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loginCodeForAConfidentialClientNeedsItsSecret() {
        String email = Realm.uniqueEmail("conf");
        Map<String, Object> body = Map.of("email", email, "password", PASSWORD, "forceLogin", true, "clientId", clientId);
        Http.Reply anonymous = Http.postJson(demo.api("/register/email"), body);
        assertEquals(403, anonymous.status(), anonymous.body());
        assertEquals(1001, anonymous.code());
        Http.Reply wrongSecret = Http.postJson(demo.api("/register/email"), body, basic(clientId, "nope"));
        assertEquals(1001, wrongSecret.code());
        assertEquals(0, admin.countUsers("demo", email), "nothing half-written");

        Http.Reply ok = Http.postJson(demo.api("/register/email"), body, basic(clientId, SECRET));
        assertEquals(201, ok.status(), ok.body());
        Http.Reply tokens = Http.form(demo.tokenEndpoint(), Http.fields("grant_type",
                "urn:authpack:params:oauth:grant-type:login-code", "client_id", clientId, "client_secret", SECRET,
                "code", ok.json().get("loginCode").asText()));
        assertEquals(200, tokens.status(), tokens.body());
    }

    @Test
    void javaClientWithSecretRegistersAndLogsIn() {
        AuthenticationClient client = new AuthenticationClient(server.baseUrl(), "demo", clientId, SECRET);
        User user = client.registerByEmail(Realm.uniqueEmail("confsdk"), PASSWORD, null, new RegisterOptions().generateToken(true));
        assertEquals(user.getId(), client.getCurrentUser().getId());
    }

    @Test
    void clientIpIsHonouredOnlyFromATrustedConfidentialClient() {
        String username = Realm.uniqueName("ip");
        demo.registerByUsername(username, PASSWORD);
        Http.Reply trusted = Http.form(demo.tokenEndpoint(), Http.fields("grant_type", "password", "client_id", clientId,
                "client_secret", SECRET, "login_method", "username", "username", username, "password", PASSWORD,
                "client_ip", "203.0.113.7"));
        assertEquals(200, trusted.status(), trusted.body());
        assertEquals("203.0.113.7", demo.me(trusted.json().get("access_token").asText()).get("lastIP").asText());

        Http.Reply untrusted = Http.form(demo.tokenEndpoint(), Http.fields("grant_type", "password", "client_id", untrustedId,
                "client_secret", SECRET, "login_method", "username", "username", username, "password", PASSWORD,
                "client_ip", "198.51.100.9"));
        assertEquals(200, untrusted.status(), untrusted.body());
        assertNotEquals("198.51.100.9", demo.me(untrusted.json().get("access_token").asText()).get("lastIP").asText());

        Http.Reply publicClient = demo.login("username", username, PASSWORD, "client_ip", "198.51.100.10");
        assertNotEquals("198.51.100.10", demo.me(publicClient.json().get("access_token").asText()).get("lastIP").asText());
    }
}
