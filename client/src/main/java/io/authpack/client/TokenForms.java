package io.authpack.client;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** Builds the form bodies sent to Keycloak's token endpoint and the client authentication header. */
final class TokenForms {

    static final String LOGIN_CODE_GRANT = "urn:authpack:params:oauth:grant-type:login-code";

    /** The {@code login_method}s for which the contract defines {@code auto_register}. */
    private static final Set<String> AUTO_REGISTER_METHODS = Set.of("email", "username", "phone_password");

    private TokenForms() {
    }

    /**
     * The {@code grant_type=password} form of an Authpack login whose identifier parameter is named like the
     * {@code login_method} ({@code email} or {@code username}) and whose secret is {@code password}.
     */
    static Map<String, String> passwordGrant(String clientId, String loginMethod, String identifier,
                                             String password, LoginOptions options) {
        return loginGrant(clientId, loginMethod, loginMethod, identifier, "password", password, options);
    }

    /**
     * The {@code grant_type=password} form of any Authpack login method.
     *
     * @param loginMethod    the contract's {@code login_method}, e.g. {@code phone_code}
     * @param identifierName the parameter naming the account: {@code email}, {@code username} or {@code phone}
     * @param secretName     {@code password}, or {@code code} for an SMS code
     * @param options        {@code auto_register} is sent only for the methods that define it (not
     *                       {@code phone_code}, as Authing's {@code loginByPhoneCode} has no such option);
     *                       {@code phone_country_code} only for the phone methods
     */
    static Map<String, String> loginGrant(String clientId, String loginMethod, String identifierName,
                                          String identifier, String secretName, String secret,
                                          LoginOptions options) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("scope", "openid");
        form.put("login_method", loginMethod);
        form.put(identifierName, identifier);
        form.put(secretName, secret);
        if (options != null) {
            if (Boolean.TRUE.equals(options.getAutoRegister()) && AUTO_REGISTER_METHODS.contains(loginMethod)) {
                form.put("auto_register", "true");
            }
            if (loginMethod.startsWith("phone_")) {
                putIfPresent(form, "phone_country_code", options.getPhoneCountryCode());
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
