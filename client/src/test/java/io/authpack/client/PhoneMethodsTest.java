package io.authpack.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The phone methods: the exact request each sends, the answer it makes of the reply, and its failures. */
class PhoneMethodsTest {

    private static final String PHONE_USER_JSON = "{\"id\":\"u-2\",\"username\":\"bob\",\"phone\":\"+8613800000000\","
            + "\"phoneVerified\":true,\"phoneCountryCode\":\"+86\"}";
    private static final String SENT = "{\"code\":200,\"message\":\"Code sent\"}";

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
        return new AuthenticationClient(keycloak.baseUrl(), FakeKeycloak.REALM, "demo-app");
    }

    private AuthenticationClient confidentialClient() {
        return new AuthenticationClient(keycloak.baseUrl(), FakeKeycloak.REALM, "demo-app", "s3cret");
    }

    private FakeKeycloak.Request only(String realmPath) {
        List<FakeKeycloak.Request> requests = keycloak.requestsTo(realmPath);
        assertEquals(1, requests.size(), "requests to " + realmPath);
        return requests.get(0);
    }

    private static void assertJsonBody(String expectedJson, FakeKeycloak.Request request) throws Exception {
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals(Json.MAPPER.readTree(expectedJson), Json.MAPPER.readTree(request.body()));
    }

    // ---- sendSmsCode ----

    @Test
    void sendSmsCodeWithOnlyAPhoneAsksForALoginCode() throws Exception {
        keycloak.on("/authpack/sms/send", r -> new FakeKeycloak.Reply(200, SENT));

        CommonMessage message = publicClient().sendSmsCode("13800000000");

        FakeKeycloak.Request request = only("/authpack/sms/send");
        assertEquals("POST", request.method());
        assertJsonBody("{\"phone\":\"13800000000\",\"scene\":\"login\",\"clientId\":\"demo-app\"}", request);
        assertNull(request.header("Authorization"));
        assertEquals(200, message.getCode());
        assertEquals("Code sent", message.getMessage());
    }

    @Test
    void sendSmsCodeSendsCountryCodeAndSceneAndAuthenticatesAConfidentialClient() throws Exception {
        keycloak.on("/authpack/sms/send", r -> new FakeKeycloak.Reply(200, SENT));

        CommonMessage message = confidentialClient().sendSmsCode("13800000000", "+86", SmsScene.REGISTER);

        FakeKeycloak.Request request = only("/authpack/sms/send");
        assertJsonBody("{\"phone\":\"13800000000\",\"phoneCountryCode\":\"+86\",\"scene\":\"register\","
                + "\"clientId\":\"demo-app\"}", request);
        assertEquals(TokenForms.basicAuthorization("demo-app", "s3cret"), request.header("Authorization"));
        assertFalse(request.body().contains("s3cret"));
        assertEquals(200, message.getCode());
    }

    @Test
    void sendSmsCodeWithoutSceneDefaultsToLogin() throws Exception {
        keycloak.on("/authpack/sms/send", r -> new FakeKeycloak.Reply(200, SENT));

        publicClient().sendSmsCode("+8613800000000", null, null);

        assertJsonBody("{\"phone\":\"+8613800000000\",\"scene\":\"login\",\"clientId\":\"demo-app\"}",
                only("/authpack/sms/send"));
    }

    @Test
    void smsSceneConstantsAreTheServerScenes() {
        assertEquals(List.of("login", "register", "reset", "bind", "unbind", "update"),
                List.of(SmsScene.LOGIN, SmsScene.REGISTER, SmsScene.RESET, SmsScene.BIND, SmsScene.UNBIND,
                        SmsScene.UPDATE));
    }

    @Test
    void tooManySmsRequestsIs1002WithRetryAfterAndData() {
        keycloak.on("/authpack/sms/send", r -> new FakeKeycloak.Reply(429,
                "{\"code\":1002,\"message\":\"Too many requests\",\"data\":{\"retryAfter\":42}}",
                Map.of("Retry-After", "42")));

        AuthingException e = assertThrows(AuthingException.class,
                () -> publicClient().sendSmsCode("13800000000", "+86", SmsScene.LOGIN));

        assertEquals(1002, e.getCode());
        assertEquals(429, e.getHttpStatus());
        assertEquals("Too many requests", e.getMessage());
        assertEquals(42, e.getData().get("retryAfter").asInt());
        assertEquals(42L, e.getRetryAfterSeconds());
    }

    @Test
    void retryAfterHeaderWinsOverTheBody() {
        keycloak.on("/authpack/sms/send", r -> new FakeKeycloak.Reply(429,
                "{\"code\":1002,\"message\":\"Too many requests\",\"data\":{\"retryAfter\":42}}",
                Map.of("Retry-After", "7")));

        AuthingException e = assertThrows(AuthingException.class, () -> publicClient().sendSmsCode("13800000000"));

        assertEquals(7L, e.getRetryAfterSeconds());
    }

    @Test
    void codelessRateLimitWithoutHeaderHasNoRetryAfter() {
        keycloak.on("/authpack/sms/send", r -> new FakeKeycloak.Reply(429, ""));

        AuthingException e = assertThrows(AuthingException.class, () -> publicClient().sendSmsCode("13800000000"));

        assertEquals(1002, e.getCode());
        assertNull(e.getRetryAfterSeconds());
        assertNull(e.getData());
    }

    @Test
    void rateLimitedLoginCarriesRetryAfterToo() {
        keycloak.on("/protocol/openid-connect/token", r -> new FakeKeycloak.Reply(429,
                "{\"error\":\"invalid_request\",\"error_description\":\"slow down\",\"code\":1002,"
                        + "\"message\":\"Too many requests\"}", Map.of("Retry-After", "30")));

        AuthingException e = assertThrows(AuthingException.class,
                () -> publicClient().loginByPhoneCode("13800000000", "123456"));

        assertEquals(1002, e.getCode());
        assertEquals(30L, e.getRetryAfterSeconds());
    }

    @Test
    void smsNumberAlreadyBoundIsThrown() {
        keycloak.on("/authpack/sms/send", r -> new FakeKeycloak.Reply(409,
                "{\"code\":2035,\"message\":\"Phone already bound\"}"));

        AuthingException e = assertThrows(AuthingException.class,
                () -> publicClient().sendSmsCode("13800000000", null, SmsScene.BIND));

        assertEquals(2035, e.getCode());
        assertEquals(409, e.getHttpStatus());
    }

    // ---- registerByPhoneCode ----

    @Test
    void registerByPhoneCodeSendsEveryFieldAndRedeemsTheLoginCode() throws Exception {
        String accessToken = keycloak.token("u-2");
        keycloak.on("/authpack/register/phone-code", r -> new FakeKeycloak.Reply(201,
                "{\"id\":\"u-2\",\"phone\":\"+8613800000000\",\"loginCode\":\"lc-9\"}"));
        keycloak.on("/protocol/openid-connect/token",
                r -> new FakeKeycloak.Reply(200, FakeKeycloak.tokenResponse(accessToken, "rt-9")));
        AuthenticationClient client = publicClient();

        User user = client.registerByPhoneCode("13800000000", "123456", "pw", new RegisterProfile().nickname("Bob"),
                new RegisterOptions().phoneCountryCode("+86").forceLogin(true).clientIp("203.0.113.9")
                        .customData(Map.of("age", 30)).context(Map.of("source", "app")));

        FakeKeycloak.Request register = only("/authpack/register/phone-code");
        assertEquals("POST", register.method());
        assertJsonBody("{\"phone\":\"13800000000\",\"code\":\"123456\",\"password\":\"pw\","
                + "\"phoneCountryCode\":\"+86\",\"profile\":{\"nickname\":\"Bob\"},\"forceLogin\":true,"
                + "\"generateToken\":false,\"clientIp\":\"203.0.113.9\",\"customData\":{\"age\":30},"
                + "\"context\":{\"source\":\"app\"},\"clientId\":\"demo-app\"}", register);

        assertEquals(Map.of("grant_type", "urn:authpack:params:oauth:grant-type:login-code",
                "code", "lc-9", "client_id", "demo-app", "scope", "openid"),
                only("/protocol/openid-connect/token").form());
        assertEquals("u-2", user.getId());
        assertEquals(accessToken, user.getToken());
        assertEquals("rt-9", user.getRefreshToken());
        assertNull(user.getLoginCode());
        assertEquals(accessToken, client.getToken());
        assertSame(user, client.getCachedUser());
    }

    @Test
    void registerByPhoneCodeWithoutPasswordOrOptionsLogsNobodyIn() throws Exception {
        keycloak.on("/authpack/register/phone-code", r -> new FakeKeycloak.Reply(201, PHONE_USER_JSON));
        AuthenticationClient client = publicClient();

        User user = client.registerByPhoneCode("+8613800000000", "123456");

        assertJsonBody("{\"phone\":\"+8613800000000\",\"code\":\"123456\",\"forceLogin\":false,"
                + "\"generateToken\":false,\"clientId\":\"demo-app\"}", only("/authpack/register/phone-code"));
        assertEquals("+8613800000000", user.getPhone());
        assertTrue(user.getPhoneVerified());
        assertNull(user.getToken());
        assertNull(client.getToken());
        assertTrue(keycloak.requestsTo("/protocol/openid-connect/token").isEmpty());
    }

    @Test
    void registerByPhoneCodeWithPasswordSendsIt() throws Exception {
        keycloak.on("/authpack/register/phone-code", r -> new FakeKeycloak.Reply(201, PHONE_USER_JSON));

        publicClient().registerByPhoneCode("+8613800000000", "123456", "pw");

        assertJsonBody("{\"phone\":\"+8613800000000\",\"code\":\"123456\",\"password\":\"pw\","
                        + "\"forceLogin\":false,\"generateToken\":false,\"clientId\":\"demo-app\"}",
                only("/authpack/register/phone-code"));
    }

    @Test
    void registerByPhoneCodeWithAWrongCodeThrowsTheServerCode() {
        keycloak.on("/authpack/register/phone-code", r -> new FakeKeycloak.Reply(400,
                "{\"code\":2001,\"message\":\"Wrong code\"}"));

        AuthingException e = assertThrows(AuthingException.class,
                () -> publicClient().registerByPhoneCode("+8613800000000", "000000"));

        assertEquals(2001, e.getCode());
        assertEquals(400, e.getHttpStatus());
    }

    // ---- loginByPhoneCode / loginByPhonePassword ----

    @Test
    void loginByPhoneCodeSendsThePhoneCodeFormAndFetchesTheProfile() {
        String accessToken = keycloak.token("u-2");
        keycloak.on("/protocol/openid-connect/token",
                r -> new FakeKeycloak.Reply(200, FakeKeycloak.tokenResponse(accessToken, "rt-2")));
        keycloak.on("/authpack/me", r -> new FakeKeycloak.Reply(200, PHONE_USER_JSON));
        AuthenticationClient client = publicClient();

        User user = client.loginByPhoneCode("13800000000", "123456",
                new LoginOptions().phoneCountryCode("+86").autoRegister(true).clientIp("203.0.113.9"));

        FakeKeycloak.Request token = only("/protocol/openid-connect/token");
        assertEquals("POST", token.method());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("grant_type", "password");
        expected.put("client_id", "demo-app");
        expected.put("scope", "openid");
        expected.put("login_method", "phone_code");
        expected.put("phone", "13800000000");
        expected.put("code", "123456");
        expected.put("phone_country_code", "+86");
        expected.put("client_ip", "203.0.113.9");
        assertEquals(expected, token.form());
        FakeKeycloak.Request me = only("/authpack/me");
        assertEquals("GET", me.method());
        assertEquals("Bearer " + accessToken, me.header("Authorization"));
        assertEquals("u-2", user.getId());
        assertEquals("+86", user.getPhoneCountryCode());
        assertEquals(accessToken, user.getToken());
        assertEquals("rt-2", user.getRefreshToken());
        assertEquals(accessToken, client.getToken());
        assertSame(user, client.getCachedUser());
    }

    @Test
    void loginByPhoneCodeWithoutOptionsSendsOnlyPhoneAndCode() {
        String accessToken = keycloak.token("u-2");
        keycloak.on("/protocol/openid-connect/token",
                r -> new FakeKeycloak.Reply(200, FakeKeycloak.tokenResponse(accessToken, "rt-2")));
        keycloak.on("/authpack/me", r -> new FakeKeycloak.Reply(200, PHONE_USER_JSON));

        publicClient().loginByPhoneCode("+8613800000000", "123456");

        assertEquals(Map.of("grant_type", "password", "client_id", "demo-app", "scope", "openid",
                "login_method", "phone_code", "phone", "+8613800000000", "code", "123456"),
                only("/protocol/openid-connect/token").form());
    }

    @Test
    void rejectedPhoneCodeWithoutAuthingCodeIsCodeWrong() {
        keycloak.on("/protocol/openid-connect/token", r -> new FakeKeycloak.Reply(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}"));
        AuthenticationClient client = publicClient();

        AuthingException e = assertThrows(AuthingException.class,
                () -> client.loginByPhoneCode("+8613800000000", "000000"));

        assertEquals(2001, e.getCode());
        assertNull(client.getToken());
        assertTrue(keycloak.requestsTo("/authpack/me").isEmpty());
    }

    @Test
    void expiredPhoneCodeKeepsTheServerCode() {
        keycloak.on("/protocol/openid-connect/token", r -> new FakeKeycloak.Reply(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"x\",\"code\":2300,\"message\":\"Code expired\"}"));

        AuthingException e = assertThrows(AuthingException.class,
                () -> publicClient().loginByPhoneCode("+8613800000000", "123456"));

        assertEquals(2300, e.getCode());
        assertEquals("Code expired", e.getMessage());
    }

    @Test
    void loginByPhonePasswordSendsThePhonePasswordFormWithItsOptions() {
        String accessToken = keycloak.token("u-2");
        keycloak.on("/protocol/openid-connect/token",
                r -> new FakeKeycloak.Reply(200, FakeKeycloak.tokenResponse(accessToken, "rt-2")));
        keycloak.on("/authpack/me", r -> new FakeKeycloak.Reply(200, PHONE_USER_JSON));
        AuthenticationClient client = publicClient();

        User user = client.loginByPhonePassword("13800000000", "pw", new LoginOptions().phoneCountryCode("+86")
                .autoRegister(true).captchaId("cap-1").captchaCode("x7k2"));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("grant_type", "password");
        expected.put("client_id", "demo-app");
        expected.put("scope", "openid");
        expected.put("login_method", "phone_password");
        expected.put("phone", "13800000000");
        expected.put("password", "pw");
        expected.put("auto_register", "true");
        expected.put("phone_country_code", "+86");
        expected.put("captcha_id", "cap-1");
        expected.put("captcha_code", "x7k2");
        assertEquals(expected, only("/protocol/openid-connect/token").form());
        assertEquals("Bearer " + accessToken, only("/authpack/me").header("Authorization"));
        assertEquals(accessToken, user.getToken());
        assertSame(user, client.getCachedUser());
    }

    @Test
    void loginByPhonePasswordWithoutOptionsAndItsWrongPassword() {
        keycloak.on("/protocol/openid-connect/token", r -> new FakeKeycloak.Reply(401,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}"));

        AuthingException e = assertThrows(AuthingException.class,
                () -> publicClient().loginByPhonePassword("+8613800000000", "nope"));

        assertEquals(Map.of("grant_type", "password", "client_id", "demo-app", "scope", "openid",
                "login_method", "phone_password", "phone", "+8613800000000", "password", "nope"),
                only("/protocol/openid-connect/token").form());
        assertEquals(2333, e.getCode());
        assertEquals(401, e.getHttpStatus());
    }

    @Test
    void captchaRequiredOnPhonePasswordLoginIs2000() {
        keycloak.on("/protocol/openid-connect/token", r -> new FakeKeycloak.Reply(401,
                "{\"error\":\"invalid_grant\",\"error_description\":\"x\",\"code\":2000,\"message\":\"Captcha\"}"));

        assertEquals(2000, assertThrows(AuthingException.class,
                () -> publicClient().loginByPhonePassword("+8613800000000", "pw")).getCode());
    }

    // ---- resetPasswordByPhoneCode ----

    @Test
    void resetPasswordByPhoneCodeSendsPhoneCodeAndNewPassword() throws Exception {
        keycloak.on("/authpack/password/reset/phone", r -> new FakeKeycloak.Reply(200,
                "{\"code\":200,\"message\":\"Password reset\"}"));

        CommonMessage message = publicClient().resetPasswordByPhoneCode("+8613800000000", "123456", "new-pw");

        FakeKeycloak.Request request = only("/authpack/password/reset/phone");
        assertEquals("POST", request.method());
        assertJsonBody("{\"phone\":\"+8613800000000\",\"code\":\"123456\",\"newPassword\":\"new-pw\"}", request);
        assertNull(request.header("Authorization"));
        assertEquals(200, message.getCode());
        assertEquals("Password reset", message.getMessage());
    }

    @Test
    void resetPasswordByPhoneCodeWithCountryCode() throws Exception {
        keycloak.on("/authpack/password/reset/phone", r -> new FakeKeycloak.Reply(200,
                "{\"code\":200,\"message\":\"Password reset\"}"));

        publicClient().resetPasswordByPhoneCode("13800000000", "123456", "new-pw", "+86");

        assertJsonBody("{\"phone\":\"13800000000\",\"code\":\"123456\",\"newPassword\":\"new-pw\","
                + "\"phoneCountryCode\":\"+86\"}", only("/authpack/password/reset/phone"));
    }

    @Test
    void resetPasswordFailuresAreThrown() {
        keycloak.on("/authpack/password/reset/phone", r -> new FakeKeycloak.Reply(400,
                "{\"code\":2029,\"message\":\"Password must have 8 characters\"}"));

        AuthingException e = assertThrows(AuthingException.class,
                () -> publicClient().resetPasswordByPhoneCode("+8613800000000", "123456", "x"));

        assertEquals(2029, e.getCode());
        assertEquals("Password must have 8 characters", e.getMessage());
    }

    // ---- bindPhone / unbindPhone / updatePhone ----

    @Test
    void bindPhonePostsWithTheBearerTokenAndCachesTheUser() throws Exception {
        keycloak.on("/authpack/me/phone", r -> new FakeKeycloak.Reply(200, PHONE_USER_JSON));
        AuthenticationClient client = publicClient();
        client.setToken("t-1");

        User user = client.bindPhone("+8613800000000", "123456");

        FakeKeycloak.Request request = only("/authpack/me/phone");
        assertEquals("POST", request.method());
        assertEquals("Bearer t-1", request.header("Authorization"));
        assertJsonBody("{\"phone\":\"+8613800000000\",\"phoneCode\":\"123456\"}", request);
        assertEquals("+8613800000000", user.getPhone());
        assertEquals("t-1", user.getToken());
        assertSame(user, client.getCachedUser());
    }

    @Test
    void bindPhoneWithCountryCode() throws Exception {
        keycloak.on("/authpack/me/phone", r -> new FakeKeycloak.Reply(200, PHONE_USER_JSON));
        AuthenticationClient client = publicClient();
        client.setToken("t-1");

        client.bindPhone("13800000000", "123456", "+86");

        assertJsonBody("{\"phone\":\"13800000000\",\"phoneCode\":\"123456\",\"phoneCountryCode\":\"+86\"}",
                only("/authpack/me/phone"));
    }

    @Test
    void bindPhoneConflictIsThrownAndKeepsTheCachedUser() {
        keycloak.on("/authpack/me/phone", r -> new FakeKeycloak.Reply(409,
                "{\"code\":2035,\"message\":\"Phone already bound\"}"));
        keycloak.on("/authpack/me", r -> new FakeKeycloak.Reply(200, PHONE_USER_JSON));
        AuthenticationClient client = publicClient();
        client.setToken("t-1");
        User before = client.getCurrentUser();

        AuthingException e = assertThrows(AuthingException.class,
                () -> client.bindPhone("+8613900000000", "123456"));

        assertEquals(2035, e.getCode());
        assertEquals(409, e.getHttpStatus());
        assertSame(before, client.getCachedUser());
    }

    @Test
    void unbindPhoneDeletesWithTheBearerTokenAndCachesTheUser() {
        keycloak.on("/authpack/me/phone", r -> new FakeKeycloak.Reply(200,
                "{\"id\":\"u-2\",\"username\":\"bob\",\"phone\":null,\"phoneVerified\":false}"));
        AuthenticationClient client = publicClient();
        client.setToken("t-1");

        User user = client.unbindPhone();

        FakeKeycloak.Request request = only("/authpack/me/phone");
        assertEquals("DELETE", request.method());
        assertEquals("Bearer t-1", request.header("Authorization"));
        assertEquals("", request.body());
        assertNull(user.getPhone());
        assertEquals("t-1", user.getToken());
        assertSame(user, client.getCachedUser());
    }

    @Test
    void unbindingTheLastLoginMethodIs2217() {
        keycloak.on("/authpack/me/phone", r -> new FakeKeycloak.Reply(409,
                "{\"code\":2217,\"message\":\"Last login method\"}"));
        AuthenticationClient client = publicClient();
        client.setToken("t-1");

        assertEquals(2217, assertThrows(AuthingException.class, client::unbindPhone).getCode());
    }

    @Test
    void updatePhoneWithNewNumberOnlyLeavesTheOldOnesOut() throws Exception {
        keycloak.on("/authpack/me/phone", r -> new FakeKeycloak.Reply(200, PHONE_USER_JSON));
        AuthenticationClient client = publicClient();
        client.setToken("t-1");

        User user = client.updatePhone("+8613800000000", "123456");

        FakeKeycloak.Request request = only("/authpack/me/phone");
        assertEquals("PUT", request.method());
        assertEquals("Bearer t-1", request.header("Authorization"));
        assertJsonBody("{\"phone\":\"+8613800000000\",\"phoneCode\":\"123456\"}", request);
        assertEquals("t-1", user.getToken());
        assertSame(user, client.getCachedUser());
    }

    @Test
    void updatePhoneWithTheOldNumberProof() throws Exception {
        keycloak.on("/authpack/me/phone", r -> new FakeKeycloak.Reply(200, PHONE_USER_JSON));
        AuthenticationClient client = publicClient();
        client.setToken("t-1");

        client.updatePhone("+8613800000000", "123456", "+8613900000000", "654321");

        assertJsonBody("{\"phone\":\"+8613800000000\",\"phoneCode\":\"123456\",\"oldPhone\":\"+8613900000000\","
                + "\"oldPhoneCode\":\"654321\"}", only("/authpack/me/phone"));
    }

    @Test
    void updatePhoneWithAllSixArguments() throws Exception {
        keycloak.on("/authpack/me/phone", r -> new FakeKeycloak.Reply(200, PHONE_USER_JSON));
        AuthenticationClient client = publicClient();
        client.setToken("t-1");

        client.updatePhone("13800000000", "123456", "2025550123", "654321", "+86", "+1");

        assertJsonBody("{\"phone\":\"13800000000\",\"phoneCode\":\"123456\",\"oldPhone\":\"2025550123\","
                + "\"oldPhoneCode\":\"654321\",\"phoneCountryCode\":\"+86\",\"oldPhoneCountryCode\":\"+1\"}",
                only("/authpack/me/phone"));
    }

    @Test
    void updatePhoneOldNumberMismatchIs2038() {
        keycloak.on("/authpack/me/phone", r -> new FakeKeycloak.Reply(400,
                "{\"code\":2038,\"message\":\"Old phone does not match\"}"));
        AuthenticationClient client = publicClient();
        client.setToken("t-1");

        AuthingException e = assertThrows(AuthingException.class,
                () -> client.updatePhone("+8613800000000", "123456", "+8613700000000", "654321"));

        assertEquals(2038, e.getCode());
    }

    @Test
    void bearerPhoneCallsUseTheTokenOfALogin() {
        String accessToken = keycloak.token("u-2");
        keycloak.on("/protocol/openid-connect/token",
                r -> new FakeKeycloak.Reply(200, FakeKeycloak.tokenResponse(accessToken, "rt-2")));
        keycloak.on("/authpack/me", r -> new FakeKeycloak.Reply(200, PHONE_USER_JSON));
        keycloak.on("/authpack/me/phone", r -> new FakeKeycloak.Reply(200, PHONE_USER_JSON));
        AuthenticationClient client = publicClient();
        client.loginByPhonePassword("+8613800000000", "pw");

        User user = client.updatePhone("+8613900000000", "123456");

        assertEquals("Bearer " + accessToken, only("/authpack/me/phone").header("Authorization"));
        assertEquals(accessToken, user.getToken());
        assertEquals("rt-2", user.getRefreshToken());
        assertEquals("id-rt-2", user.getIdToken());
    }

    @Test
    void bearerPhoneCallsWithoutATokenAre2020WithoutCallingTheServer() {
        AuthenticationClient client = publicClient();
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("bindPhone/2", () -> client.bindPhone("+8613800000000", "123456"));
        calls.put("bindPhone/3", () -> client.bindPhone("13800000000", "123456", "+86"));
        calls.put("unbindPhone", client::unbindPhone);
        calls.put("updatePhone/2", () -> client.updatePhone("+8613800000000", "123456"));
        calls.put("updatePhone/4", () -> client.updatePhone("+8613800000000", "1", "+8613900000000", "2"));
        calls.put("updatePhone/6", () -> client.updatePhone("13800000000", "1", "13900000000", "2", "+86", "+86"));

        calls.forEach((name, call) -> {
            AuthingException e = assertThrows(AuthingException.class, call, name);
            assertEquals(2020, e.getCode(), name);
            assertEquals(401, e.getHttpStatus(), name);
        });
        assertTrue(keycloak.requests.isEmpty());
    }

    @Test
    void bearerPhoneCallsAfterLogoutAre2020() {
        keycloak.on("/authpack/me/logout", r -> new FakeKeycloak.Reply(204, null));
        AuthenticationClient client = publicClient();
        client.setToken("t-1");
        client.logout();

        assertEquals(2020, assertThrows(AuthingException.class, client::unbindPhone).getCode());
        assertTrue(keycloak.requestsTo("/authpack/me/phone").isEmpty());
    }

    @Test
    void rejectedTokenOnABearerPhoneCallIsThrownWithTheServerCode() {
        keycloak.on("/authpack/me/phone", r -> new FakeKeycloak.Reply(401,
                "{\"code\":2206,\"message\":\"Token expired\"}"));
        AuthenticationClient client = publicClient();
        client.setToken("stale");

        AuthingException e = assertThrows(AuthingException.class,
                () -> client.bindPhone("+8613800000000", "123456"));

        assertEquals(2206, e.getCode());
        assertEquals(401, e.getHttpStatus());
        JsonNode data = e.getData();
        assertNull(data);
    }
}
