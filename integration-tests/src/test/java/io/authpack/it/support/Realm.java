package io.authpack.it.support;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One realm as the tests use it: its endpoints, the Authpack API, token-endpoint logins and the
 * registration calls, so a test reads as the feature it checks.
 */
public final class Realm {
    private final String baseUrl;
    private final String name;
    private final String clientId;

    public Realm(String baseUrl, String name, String clientId) {
        this.baseUrl = baseUrl;
        this.name = name;
        this.clientId = clientId;
    }

    public String name() {
        return name;
    }

    public String clientId() {
        return clientId;
    }

    public String api(String path) {
        return baseUrl + "/realms/" + name + "/authpack" + path;
    }

    public String tokenEndpoint() {
        return baseUrl + "/realms/" + name + "/protocol/openid-connect/token";
    }

    public String issuer() {
        return baseUrl + "/realms/" + name;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Http.Reply registerByEmail(String email, String password) {
        return Http.postJson(api("/register/email"), Map.of("email", email, "password", password));
    }

    public Http.Reply registerByUsername(String username, String password) {
        return Http.postJson(api("/register/username"), Map.of("username", username, "password", password));
    }

    /** Token-endpoint login with Authpack's login_method; extra form fields as key, value pairs. */
    public Http.Reply login(String method, String identifier, String password, String... extra) {
        Map<String, String> form = Http.fields("grant_type", "password", "client_id", clientId, "scope", "openid",
                "login_method", method, method.equals("email") ? "email" : "username", identifier, "password", password);
        form.putAll(Http.fields(extra));
        return Http.form(tokenEndpoint(), form);
    }

    /** Logs in and returns the access token, failing the test if the login fails. */
    public String accessToken(String method, String identifier, String password) {
        Http.Reply reply = login(method, identifier, password);
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply);
        }
        return reply.json().get("access_token").asText();
    }

    public Http.Reply redeem(String loginCode) {
        return redeem(loginCode, clientId);
    }

    public Http.Reply redeem(String loginCode, String asClient) {
        return Http.form(tokenEndpoint(), Http.fields("grant_type", "urn:authpack:params:oauth:grant-type:login-code",
                "client_id", asClient, "code", loginCode, "scope", "openid"));
    }

    public JsonNode me(String accessToken) {
        Http.Reply reply = Http.get(api("/me"), accessToken);
        if (reply.status() != 200) {
            throw new AssertionError("GET /me failed: " + reply);
        }
        return reply.json();
    }

    /** A fresh, valid mainland-China mobile number in E.164, so tests never share SMS limits. */
    public static String uniquePhone() {
        return "+86139" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public Http.Reply sendSms(String phone, String scene) {
        return Http.postJson(api("/sms/send"), Map.of("phone", phone, "scene", scene));
    }

    /** Token-endpoint login with phone + SMS code. */
    public Http.Reply loginByPhoneCode(String phone, String code) {
        return Http.form(tokenEndpoint(), Http.fields("grant_type", "password", "client_id", clientId, "scope", "openid",
                "login_method", "phone_code", "phone", phone, "code", code));
    }

    public Http.Reply loginByPhonePassword(String phone, String password, String... extra) {
        Map<String, String> form = Http.fields("grant_type", "password", "client_id", clientId, "scope", "openid",
                "login_method", "phone_password", "phone", phone, "password", password);
        form.putAll(Http.fields(extra));
        return Http.form(tokenEndpoint(), form);
    }
}
