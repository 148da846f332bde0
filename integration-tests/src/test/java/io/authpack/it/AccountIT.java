package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.authpack.client.AuthenticationClient;
import io.authpack.client.AuthingException;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import io.authpack.it.support.Tokens;
import org.junit.jupiter.api.Test;

/** updateProfile and updatePassword on the logged-in account. */
class AccountIT extends AuthpackIT {

    private String loggedIn(String username) {
        demo.registerByUsername(username, PASSWORD);
        return demo.accessToken("username", username, PASSWORD);
    }

    private Http.Reply send(String method, String path, String token, Object body) {
        return Http.send(HttpRequest.newBuilder(URI.create(demo.api(path))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.ofString(Http.write(body))));
    }

    @Test
    void updateProfileChangesOnlyTheGivenFieldsAndNullClears() {
        String username = Realm.uniqueName("prof");
        String token = loggedIn(username);
        Http.Reply set = send("PATCH", "/me", token, Map.of("nickname", "Nick", "company", "ACME", "gender", "F"));
        assertEquals(200, set.status(), set.body());
        assertEquals("Nick", set.json().get("nickname").asText());
        assertEquals("ACME", set.json().get("company").asText());

        Map<String, Object> clear = new HashMap<>();
        clear.put("company", null);
        Http.Reply cleared = send("PATCH", "/me", token, clear);
        assertEquals(200, cleared.status(), cleared.body());
        assertTrue(cleared.json().get("company").isNull());
        assertEquals("Nick", cleared.json().get("nickname").asText(), "fields not named stay");

        String fresh = demo.accessToken("username", username, PASSWORD);
        assertEquals("Nick", Tokens.claims(fresh).get("nickname").asText(), "standard tokens carry the new value");
    }

    @Test
    void updateProfileRefusesEmailPhonePasswordAndInvalidValuesWithoutChangingAnything() {
        String token = loggedIn(Realm.uniqueName("refuse"));
        assertEquals(2225, send("PATCH", "/me", token, Map.of("email", "x@example.com", "nickname", "a")).code());
        assertEquals(2226, send("PATCH", "/me", token, Map.of("phone", "+8613900000000")).code());
        assertEquals(2231, send("PATCH", "/me", token, Map.of("password", "whatever-1")).code());
        Http.Reply invalid = send("PATCH", "/me", token, Map.of("gender", "X", "nickname", "b"));
        assertEquals(400, invalid.status(), invalid.body());
        assertEquals(2231, invalid.code());
        assertTrue(demo.me(token).get("nickname").isNull(), "nothing was written");
        assertEquals(2231, send("PATCH", "/me", token, Map.of("nickname", 5)).code());
    }

    @Test
    void updatePasswordNeedsTheOldOne() {
        String username = Realm.uniqueName("pw");
        String token = loggedIn(username);
        assertEquals(2201, send("PUT", "/me/password", token, Map.of("newPassword", "Brand-new-pass-3")).code());
        assertEquals(2203, send("PUT", "/me/password", token, Map.of("newPassword", "Brand-new-pass-3",
                "oldPassword", "Wrong-old-pass-1")).code());
        Http.Reply weak = send("PUT", "/me/password", token, Map.of("newPassword", "short", "oldPassword", PASSWORD));
        assertEquals(2029, weak.code(), weak.body());
        Http.Reply ok = send("PUT", "/me/password", token, Map.of("newPassword", "Brand-new-pass-3", "oldPassword", PASSWORD));
        assertEquals(200, ok.status(), ok.body());
        assertEquals(200, demo.login("username", username, "Brand-new-pass-3").status());
        assertEquals(2333, demo.login("username", username, PASSWORD).code());
    }

    @Test
    void aPhoneOnlyAccountSetsItsFirstPasswordWithoutAnOldOne() {
        admin.smsSettings("demo", Map.of("sender", "http", "httpUrl", server.sms().url(), "resendCooldownSeconds", "0",
                "perIpHourly", "1000", "perPhoneHourly", "100"));
        server.sms().answerWith(200);
        String phone = Realm.uniquePhone();
        demo.sendSms(phone, "register");
        Http.Reply reg = Http.postJson(demo.api("/register/phone-code"), Map.of("phone", phone,
                "code", server.sms().lastCode(phone, "register"), "generateToken", true, "clientId", "demo-app"));
        String token = demo.redeem(reg.json().get("loginCode").asText()).json().get("access_token").asText();
        Http.Reply first = send("PUT", "/me/password", token, Map.of("newPassword", "First-pass-123"));
        assertEquals(200, first.status(), first.body());
        assertEquals(200, demo.loginByPhonePassword(phone, "First-pass-123").status());
    }

    @Test
    void javaClientUpdateProfileAndPassword() {
        String username = Realm.uniqueName("sdkacct");
        AuthenticationClient client = new AuthenticationClient(server.baseUrl(), "demo", "demo-app");
        client.registerByUsername(username, PASSWORD);
        client.loginByUsername(username, PASSWORD);
        assertEquals("SDK", client.updateProfile(Map.of("nickname", "SDK")).getNickname());
        AuthingException wrong = assertThrows(AuthingException.class, () -> client.updatePassword("Sdk-new-pass-4", "nope-nope-1"));
        assertEquals(2203, wrong.getCode());
        assertEquals(username, client.updatePassword("Sdk-new-pass-4", PASSWORD).getUsername());
    }
}
