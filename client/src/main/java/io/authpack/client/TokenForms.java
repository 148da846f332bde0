package io.authpack.client;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Builds the form bodies sent to Keycloak's token endpoint and the client authentication header. */
final class TokenForms {

    static final String LOGIN_CODE_GRANT = "urn:authpack:params:oauth:grant-type:login-code";

    private TokenForms() {
    }

    /**
     * The {@code grant_type=password} form of an Authpack login.
     *
     * @param loginMethod the contract's {@code login_method}, which also names the identifier parameter
     *                    ({@code email} or {@code username})
     */
    static Map<String, String> passwordGrant(String clientId, String loginMethod, String identifier,
                                             String password, LoginOptions options) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("scope", "openid");
        form.put("login_method", loginMethod);
        form.put(loginMethod, identifier);
        form.put("password", password);
        if (options != null) {
            if (Boolean.TRUE.equals(options.getAutoRegister())) {
                form.put("auto_register", "true");
            }
            putIfPresent(form, "captcha_id", options.getCaptchaId());
            putIfPresent(form, "captcha_code", options.getCaptchaCode());
            putIfPresent(form, "client_ip", options.getClientIp());
            if (options.getContext() != null) {
                form.put("context", toJson(options.getContext(), "context"));
            }
            if (options.getCustomData() != null) {
                form.put("custom_data", toJson(options.getCustomData(), "customData"));
            }
        }
        return form;
    }

    static Map<String, String> loginCodeGrant(String clientId, String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", LOGIN_CODE_GRANT);
        form.put("code", code);
        form.put("client_id", clientId);
        form.put("scope", "openid");
        return form;
    }

    static Map<String, String> refreshGrant(String clientId, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", clientId);
        return form;
    }

    /** {@code application/x-www-form-urlencoded}, UTF-8; entries with a {@code null} value are left out. */
    static String encode(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> {
            if (value != null) {
                body.add(urlEncode(name) + "=" + urlEncode(value));
            }
        });
        return body.toString();
    }

    /**
     * HTTP Basic client authentication as RFC 6749 §2.3.1 defines it: id and secret are form-encoded before being
     * joined, which is what Keycloak decodes (so secrets containing {@code :} or non-ASCII characters work).
     */
    static String basicAuthorization(String clientId, String clientSecret) {
        String pair = urlEncode(clientId) + ":" + urlEncode(clientSecret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void putIfPresent(Map<String, String> form, String name, String value) {
        if (value != null && !value.isEmpty()) {
            form.put(name, value);
        }
    }

    private static String toJson(Map<String, Object> value, String option) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("LoginOptions." + option + " cannot be written as JSON", e);
        }
    }
}
