package io.authpack.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthenticationClientTest {

    private static final String USER_JSON = "{\"id\":\"u-1\",\"username\":\"ann\",\"email\":\"ann@example.com\","
            + "\"emailVerified\":false,\"loginsCount\":3,\"lastIP\":\"203.0.113.9\",\"unknownField\":1,"
            + "\"customData\":{\"age\":21},\"identities\":[{\"provider\":\"github\",\"userIdInIdp\":\"42\","
            + "\"isSocial\":true,\"extIdpId\":\"x\"}]}";

    private FakeKeycloak keycloak;

    @BeforeEach
    void start() throws Exception {
        keycloak = new FakeKeycloak();
    }

    @AfterEach
    void stop() {
        keycloak.close();
    }

    private AuthenticationClient publicClient() {
        return new AuthenticationClient(keycloak.baseUrl() + "/", FakeKeycloak.REALM, "demo-app");
    }

    private AuthenticationClient confidentialClient() {
        return new AuthenticationClient(keycloak.baseUrl(), FakeKeycloak.REALM, "demo-app", "s3cret");
    }

    @Test
    void registerWithForceLoginRedeemsTheLoginCodeAndStartsTheSession() throws Exception {
        String accessToken = keycloak.token("u-1");
        keycloak.on("/authpack/register/email", r -> new FakeKeycloak.Reply(201,
                "{\"id\":\"u-1\",\"email\":\"ann@example.com\",\"loginCode\":\"lc-123\"}"));
        keycloak.on("/protocol/openid-connect/token",
                r -> new FakeKeycloak.Reply(200, FakeKeycloak.tokenResponse(accessToken, "rt-1")));
        AuthenticationClient client = publicClient();

        User user = client.registerByEmail("ann@example.com", "pw", new RegisterProfile().nickname("Ann"),
                new RegisterOptions().forceLogin(true).customData(Map.of("age", 21)));

        JsonNode body = Json.MAPPER.readTree(keycloak.requestsTo("/authpack/register/email").get(0).body());
        assertEquals("ann@example.com", body.get("email").asText());
        assertEquals("Ann", body.get("profile").get("nickname").asText());
        assertFalse(body.get("profile").has("company"));
        assertTrue(body.get("forceLogin").asBoolean());
        assertFalse(body.get("generateToken").asBoolean());
        assertEquals(21, body.get("customData").get("age").asInt());
        assertEquals("demo-app", body.get("clientId").asText());

        Map<String, String> form = keycloak.requestsTo("/protocol/openid-connect/token").get(0).form();
        assertEquals(Map.of("grant_type", "urn:authpack:params:oauth:grant-type:login-code",
                "code", "lc-123", "client_id", "demo-app", "scope", "openid"), form);

        assertEquals(accessToken, user.getToken());
        assertEquals("rt-1", user.getRefreshToken());
        assertEquals("id-rt-1", user.getIdToken());
        assertNotNull(Instant.parse(user.getTokenExpiredAt()));
        assertNull(user.getLoginCode());
        assertEquals(accessToken, client.getToken());
        assertEquals("rt-1", client.getRefreshToken());
        assertEquals(user, client.getCachedUser());
    }

    @Test
    void registerWithoutTokenOptionsLeavesTheTokenEndpointAlone() {
        keycloak.on("/authpack/register/username", r -> new FakeKeycloak.Reply(201, USER_JSON));
        AuthenticationClient client = publicClient();

        User user = client.registerByUsername("ann", "pw");

        assertEquals("u-1", user.getId());
        assertNull(user.getToken());
        assertNull(client.getToken());
        assertTrue(keycloak.requestsTo("/protocol/openid-connect/token").isEmpty());
    }

    @Test
    void rejectedLoginCodeReportsTheUserThatWasCreated() {
        keycloak.on("/authpack/register/email", r -> new FakeKeycloak.Reply(201,
                "{\"id\":\"u-1\",\"email\":\"ann@example.com\",\"loginCode\":\"lc-123\"}"));
        keycloak.on("/protocol/openid-connect/token", r -> new FakeKeycloak.Reply(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Code not valid\"}"));
        AuthenticationClient client = publicClient();

        AuthingException e = assertThrows(AuthingException.class, () -> client.registerByEmail("ann@example.com",
                "pw", null, new RegisterOptions().generateToken(true)));

        assertEquals(2300, e.getCode());
        assertEquals("u-1", e.getData().get("id").asText());
        assertFalse(e.getData().has("loginCode"));
        assertNull(client.getToken());
    }

    @Test
    void loginCodeWithTokenFromAnotherRealmStoresNothing() {
        String foreign = FakeKeycloak.sign(keycloak.key, keycloak.baseUrl() + "/realms/other", "u-1",
                Instant.now().plusSeconds(300));
        keycloak.on("/authpack/register/email", r -> new FakeKeycloak.Reply(201,
                "{\"id\":\"u-1\",\"loginCode\":\"lc-123\"}"));
        keycloak.on("/protocol/openid-connect/token",
                r -> new FakeKeycloak.Reply(200, FakeKeycloak.tokenResponse(foreign, "rt-1")));
        AuthenticationClient client = publicClient();

        AuthingException e = assertThrows(AuthingException.class, () -> client.registerByEmail("ann@example.com",
                "pw", null, new RegisterOptions().forceLogin(true)));

        assertEquals(2207, e.getCode());
        assertNull(client.getToken());
        assertNull(client.getRefreshToken());
    }

    @Test
    void confidentialClientAuthenticatesWithBasicAndKeepsTheSecretOutOfBodies() {
        String accessToken = keycloak.token("u-1");
        keycloak.on("/authpack/register/email", r -> new FakeKeycloak.Reply(201,
                "{\"id\":\"u-1\",\"loginCode\":\"lc-1\"}"));
        keycloak.on("/protocol/openid-connect/token",
                r -> new FakeKeycloak.Reply(200, FakeKeycloak.tokenResponse(accessToken, "rt-1")));
        AuthenticationClient client = confidentialClient();

        client.registerByEmail("ann@example.com", "pw", null, new RegisterOptions().generateToken(true));

        String basic = TokenForms.basicAuthorization("demo-app", "s3cret");
        FakeKeycloak.Request register = keycloak.requestsTo("/authpack/register/email").get(0);
        FakeKeycloak.Request token = keycloak.requestsTo("/protocol/openid-connect/token").get(0);
        assertEquals(basic, register.header("Authorization"));
        assertEquals(basic, token.header("Authorization"));
        assertFalse(token.form().containsKey("client_secret"));
        assertFalse(register.body().contains("s3cret"));
    }

    @Test
    void loginByEmailVerifiesTheTokenThenReturnsTheProfileWithTokens() {
        String accessToken = keycloak.token("u-1");
        keycloak.on("/protocol/openid-connect/token",
                r -> new FakeKeycloak.Reply(200, FakeKeycloak.tokenResponse(accessToken, "rt-1")));
        keycloak.on("/authpack/me", r -> new FakeKeycloak.Reply(200, USER_JSON));
        AuthenticationClient client = publicClient();

        User user = client.loginByEmail("ann@example.com", "pw", new LoginOptions().autoRegister(true));

        Map<String, String> form = keycloak.requestsTo("/protocol/openid-connect/token").get(0).form();
        assertEquals("password", form.get("grant_type"));
        assertEquals("email", form.get("login_method"));
        assertEquals("ann@example.com", form.get("email"));
        assertEquals("true", form.get("auto_register"));
        assertEquals("Bearer " + accessToken, keycloak.requestsTo("/authpack/me").get(0).header("Authorization"));
        assertEquals("u-1", user.getId());
        assertEquals(3, user.getLoginsCount());
        assertEquals("203.0.113.9", user.getLastIP());
        assertEquals(21, user.getCustomData().get("age"));
        assertEquals("github", user.getIdentities().get(0).getProvider());
        assertTrue(user.getIdentities().get(0).getIsSocial());
        assertEquals(accessToken, user.getToken());
        assertEquals("rt-1", user.getRefreshToken());
        assertEquals(user, client.getCachedUser());
    }

    @Test
    void rejectedLoginThrowsTheServerCodeAndKeepsTheOldSession() {
        keycloak.on("/protocol/openid-connect/token", r -> new FakeKeycloak.Reply(401,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\",\"code\":2333,"
                        + "\"message\":\"Wrong username or password\"}"));
        AuthenticationClient client = publicClient();
        client.setToken("previous");

        AuthingException e = assertThrows(AuthingException.class, () -> client.loginByUsername("ann", "nope"));

        assertEquals(2333, e.getCode());
        assertEquals(401, e.getHttpStatus());
        assertEquals("Wrong username or password", e.getMessage());
        assertEquals("previous", client.getToken());
        assertTrue(keycloak.requestsTo("/authpack/me").isEmpty());
    }

    @Test
    void getCurrentUserIsNullWithoutTokenAndWhenTheServerRejectsIt() {
        keycloak.on("/authpack/me", r -> new FakeKeycloak.Reply(401, "{\"code\":2206,\"message\":\"expired\"}"));
        AuthenticationClient client = publicClient();

        assertNull(client.getCurrentUser());
        assertTrue(keycloak.requestsTo("/authpack/me").isEmpty());

        client.setToken("stale");
        assertNull(client.getCurrentUser());
        assertEquals(1, keycloak.requestsTo("/authpack/me").size());
    }

    @Test
    void getCurrentUserThrowsServerFailures() {
        keycloak.on("/authpack/me", r -> new FakeKeycloak.Reply(503, "{\"code\":1000,\"message\":\"busy\"}"));
        AuthenticationClient client = publicClient();
        client.setToken("t");

        AuthingException e = assertThrows(AuthingException.class, client::getCurrentUser);

        assertEquals(1000, e.getCode());
    }

    @Test
    void checkLoginStatusWithoutTokenAnswers2020Locally() {
        JwtTokenStatus status = publicClient().checkLoginStatus();

        assertEquals(2020, status.getCode());
        assertFalse(status.getStatus());
        assertTrue(keycloak.requests.isEmpty());
    }

    @Test
    void checkLoginStatusReturnsTheInBandVerdict() throws Exception {
        keycloak.on("/authpack/token/status", r -> new FakeKeycloak.Reply(200,
                "{\"code\":2206,\"message\":\"Token expired\",\"status\":false,\"exp\":null,\"iat\":null}"));

        JwtTokenStatus status = publicClient().checkLoginStatus("some-token");

        assertEquals(2206, status.getCode());
        assertFalse(status.getStatus());
        assertEquals("some-token",
                Json.MAPPER.readTree(keycloak.requestsTo("/authpack/token/status").get(0).body())
                        .get("token").asText());
    }

    @Test
    void refreshTokenReplacesTheSessionTokens() {
        String first = keycloak.token("u-1");
        String second = keycloak.token("u-1-refreshed");
        keycloak.on("/authpack/me", r -> new FakeKeycloak.Reply(200, USER_JSON));
        keycloak.on("/protocol/openid-connect/token", r -> {
            boolean refresh = "refresh_token".equals(r.form().get("grant_type"));
            return new FakeKeycloak.Reply(200,
                    FakeKeycloak.tokenResponse(refresh ? second : first, refresh ? "rt-2" : "rt-1"));
        });
        AuthenticationClient client = publicClient();
        client.loginByUsername("ann", "pw");

        RefreshToken refreshed = client.refreshToken();

        Map<String, String> form = keycloak.requestsTo("/protocol/openid-connect/token").get(1).form();
        assertEquals("rt-1", form.get("refresh_token"));
        assertEquals(second, refreshed.getToken());
        assertNotNull(refreshed.getExp());
        assertTrue(refreshed.getExp() > refreshed.getIat());
        assertEquals(second, client.getToken());
        assertEquals("rt-2", client.getRefreshToken());
        assertEquals(second, client.getCachedUser().getToken());
    }

    @Test
    void refreshWithoutRefreshTokenIsNotLoggedIn() {
        AuthenticationClient client = publicClient();
        client.setToken("adopted");

        assertEquals(2020, assertThrows(AuthingException.class, client::refreshToken).getCode());
    }

    @Test
    void logoutForgetsTheSessionEvenWhenTheServerSaysItIsGone() {
        keycloak.on("/authpack/me/logout", r -> new FakeKeycloak.Reply(401, "{\"code\":2206,\"message\":\"x\"}"));
        AuthenticationClient client = publicClient();
        client.setToken("t");

        client.logout();

        assertNull(client.getToken());
        assertEquals("Bearer t", keycloak.requestsTo("/authpack/me/logout").get(0).header("Authorization"));
    }

    @Test
    void failedLogoutKeepsTheSessionForARetry() {
        keycloak.on("/authpack/me/logout", r -> new FakeKeycloak.Reply(503, "{\"code\":1000,\"message\":\"x\"}"));
        AuthenticationClient client = publicClient();
        client.setToken("t");

        assertThrows(AuthingException.class, client::logout);

        assertEquals("t", client.getToken());
    }

    @Test
    void unreachableServerIsATemporaryFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AuthenticationClient client = new AuthenticationClient("http://127.0.0.1:" + closedPort, "demo", "demo-app");

        AuthingException e = assertThrows(AuthingException.class, () -> client.loginByEmail("a@b.c", "pw"));

        assertEquals(1000, e.getCode());
        assertEquals(503, e.getHttpStatus());
    }

    @Test
    void slowServerTimesOutAsTemporaryFailure() {
        keycloak.on("/authpack/token/status", r -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            return new FakeKeycloak.Reply(200, "{}");
        });
        AuthenticationClient client = new AuthenticationClient(keycloak.baseUrl(), FakeKeycloak.REALM, "demo-app",
                null, Duration.ofMillis(300));

        AuthingException e = assertThrows(AuthingException.class, () -> client.checkLoginStatus("t"));

        assertEquals(1000, e.getCode());
        assertEquals(503, e.getHttpStatus());
    }
}
