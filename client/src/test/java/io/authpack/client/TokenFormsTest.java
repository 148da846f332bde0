package io.authpack.client;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TokenFormsTest {

    @Test
    void emailLoginWithoutOptionsSendsOnlyTheGrantParameters() {
        Map<String, String> form = TokenForms.passwordGrant("demo-app", "email", "ann@example.com", "pw", null);

        assertEquals(Map.of(
                "grant_type", "password",
                "client_id", "demo-app",
                "scope", "openid",
                "login_method", "email",
                "email", "ann@example.com",
                "password", "pw"), form);
    }

    @Test
    void usernameLoginNamesTheIdentifierUsername() {
        Map<String, String> form = TokenForms.passwordGrant("demo-app", "username", "ann", "pw", null);

        assertEquals("username", form.get("login_method"));
        assertEquals("ann", form.get("username"));
        assertFalse(form.containsKey("email"));
    }

    @Test
    void directoryLoginsSendTheUsernameAndNeverAutoRegister() {
        Map<String, String> form = TokenForms.loginGrant("demo-app", "ad", "username", "adam", "password", "pw",
                new LoginOptions().autoRegister(true));

        assertEquals("ad", form.get("login_method"));
        assertEquals("adam", form.get("username"));
        assertFalse(form.containsKey("auto_register"));
        assertFalse(form.containsKey("ad"));
    }

    @Test
    void loginOptionsBecomeSnakeCaseParametersWithJsonMaps() {
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("school", "MIT");
        custom.put("age", 21);
        LoginOptions options = new LoginOptions()
                .autoRegister(true)
                .captchaId("cap-1")
                .captchaCode("x7k2")
                .clientIp("203.0.113.9")
                .context(Map.of("source", List.of("web")))
                .customData(custom);

        Map<String, String> form = TokenForms.passwordGrant("demo-app", "email", "a@b.c", "pw", options);

        assertEquals("true", form.get("auto_register"));
        assertEquals("cap-1", form.get("captcha_id"));
        assertEquals("x7k2", form.get("captcha_code"));
        assertEquals("203.0.113.9", form.get("client_ip"));
        assertEquals("{\"source\":[\"web\"]}", form.get("context"));
        assertEquals("{\"school\":\"MIT\",\"age\":21}", form.get("custom_data"));
    }

    @Test
    void autoRegisterFalseAndEmptyOptionsAreLeftOut() {
        LoginOptions options = new LoginOptions().autoRegister(false).captchaCode("");

        Map<String, String> form = TokenForms.passwordGrant("demo-app", "email", "a@b.c", "pw", options);

        assertFalse(form.containsKey("auto_register"));
        assertFalse(form.containsKey("captcha_code"));
        assertFalse(form.containsKey("context"));
        assertFalse(form.containsKey("custom_data"));
    }

    @Test
    void formEncodingEscapesReservedAndNonAsciiCharactersAndDropsNulls() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("password", "p@ss w&rd=+ü");
        form.put("email", "a+b@example.com");
        form.put("captcha_id", null);

        assertEquals("password=p%40ss+w%26rd%3D%2B%C3%BC&email=a%2Bb%40example.com", TokenForms.encode(form));
    }

    @Test
    void basicAuthorizationFormEncodesIdAndSecretBeforeJoiningThem() {
        String header = TokenForms.basicAuthorization("my app", "s:e%cret");

        String decoded = new String(Base64.getDecoder().decode(header.substring("Basic ".length())),
                StandardCharsets.UTF_8);
        assertEquals("my+app:s%3Ae%25cret", decoded);
    }

    @Test
    void loginCodeGrantUsesTheAuthpackGrantTypeAndOpenidScope() {
        Map<String, String> form = TokenForms.loginCodeGrant("demo-app", "lc-123");

        assertEquals("urn:authpack:params:oauth:grant-type:login-code", form.get("grant_type"));
        assertEquals("lc-123", form.get("code"));
        assertEquals("demo-app", form.get("client_id"));
        assertEquals("openid", form.get("scope"));
    }

    @Test
    void phoneCodeLoginNamesPhoneAndCodeAndHasNoAutoRegister() {
        LoginOptions options = new LoginOptions().autoRegister(true).phoneCountryCode("+86");

        Map<String, String> form = TokenForms.loginGrant("demo-app", "phone_code", "phone", "13800000000", "code",
                "123456", options);

        assertEquals(Map.of(
                "grant_type", "password",
                "client_id", "demo-app",
                "scope", "openid",
                "login_method", "phone_code",
                "phone", "13800000000",
                "code", "123456",
                "phone_country_code", "+86"), form);
    }

    @Test
    void phonePasswordLoginHonoursAutoRegisterAndCountryCode() {
        LoginOptions options = new LoginOptions().autoRegister(true).phoneCountryCode("+86");

        Map<String, String> form = TokenForms.loginGrant("demo-app", "phone_password", "phone", "13800000000",
                "password", "pw", options);

        assertEquals("phone_password", form.get("login_method"));
        assertEquals("13800000000", form.get("phone"));
        assertEquals("pw", form.get("password"));
        assertEquals("true", form.get("auto_register"));
        assertEquals("+86", form.get("phone_country_code"));
    }

    @Test
    void countryCodeIsLeftOutOfNonPhoneLogins() {
        Map<String, String> form = TokenForms.passwordGrant("demo-app", "email", "a@b.c", "pw",
                new LoginOptions().phoneCountryCode("+86"));

        assertFalse(form.containsKey("phone_country_code"));
    }
}
