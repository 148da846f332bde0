package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.authpack.it.support.SmsSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Phone features end to end on the real server, with the {@code http} SMS sender posting to a local
 * sink: register, log in (code and password), reset, bind, update, unbind, and every code rule.
 */
class PhoneIT extends AuthpackIT {
    private SmsSink sms;

    @BeforeEach
    void httpSender() {
        sms = server.sms();
        sms.answerWith(200);
        admin.smsSettings("demo", Map.of("sender", "http", "httpUrl", sms.url(), "resendCooldownSeconds", "0",
                "perIpHourly", "1000", "perPhoneHourly", "100", "codeTtlSeconds", "60", "maxAttempts", "5"));
    }

    private String codeFor(String phone, String scene) {
        Http.Reply sent = demo.sendSms(phone, scene);
        assertEquals(200, sent.status(), sent.body());
        assertEquals(200, sent.code());
        return sms.lastCode(phone, scene);
    }

    /** A user registered by phone code (with a password), returned as the User JSON. */
    private JsonNode phoneUser(String phone) {
        String code = codeFor(phone, "register");
        Http.Reply reply = Http.postJson(demo.api("/register/phone-code"), Map.of("phone", phone, "code", code, "password", PASSWORD));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void registerByPhoneCodeStoresAVerifiedE164Phone() {
        String phone = Realm.uniquePhone();
        String national = phone.substring(3, 6) + " " + phone.substring(6, 10) + " " + phone.substring(10);
        String code = codeFor(phone, "register");
        Http.Reply reply = Http.postJson(demo.api("/register/phone-code"),
                Map.of("phone", national, "phoneCountryCode", "+86", "code", code, "profile", Map.of("nickname", "p")));
        assertEquals(201, reply.status(), reply.body());
        JsonNode user = reply.json();
        assertEquals(phone, user.get("phone").asText());
        assertTrue(user.get("phoneVerified").asBoolean());
        assertEquals("+86", user.get("phoneCountryCode").asText());
        assertEquals("p", user.get("nickname").asText());
    }

    @Test
    void textsAreLocalizedAndCarryTheCode() {
        String phone = Realm.uniquePhone();
        String code = codeFor(phone, "register");
        JsonNode text = sms.messagesTo(phone).get(0);
        assertTrue(text.get("text").asText().contains(code), text.toString());
        assertEquals("register", text.get("scene").asText());
    }

    @Test
    void textsFollowTheRequestLanguage() {
        String phone = Realm.uniquePhone();
        Http.Reply sent = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(demo.api("/sms/send")))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Http.write(Map.of("phone", phone, "scene", "register")))));
        assertEquals(200, sent.status(), sent.body());
        String text = sms.messagesTo(phone).get(0).get("text").asText();
        assertTrue(text.contains("\u9a8c\u8bc1\u7801"), "Chinese text expected: " + text);
        assertEquals("zh-CN", sms.messagesTo(phone).get(0).get("locale").asText());
    }

    @Test
    void aTakenPhoneCannotRegisterAgain() {
        String phone = Realm.uniquePhone();
        phoneUser(phone);
        Http.Reply again = demo.sendSms(phone, "register");
        assertEquals(409, again.status(), again.body());
        assertEquals(2035, again.code());
    }

    @Test
    void loginByPhoneCodeAtTheTokenEndpoint() {
        String phone = Realm.uniquePhone();
        String id = phoneUser(phone).get("id").asText();
        Http.Reply login = demo.loginByPhoneCode(phone, codeFor(phone, "login"));
        assertEquals(200, login.status(), login.body());
        assertEquals(id, demo.me(login.json().get("access_token").asText()).get("id").asText());
    }

    @Test
    void aCodeWorksOnceOnly() {
        String phone = Realm.uniquePhone();
        phoneUser(phone);
        String code = codeFor(phone, "login");
        assertEquals(200, demo.loginByPhoneCode(phone, code).status());
        Http.Reply reuse = demo.loginByPhoneCode(phone, code);
        assertEquals(400, reuse.status(), reuse.body());
        assertEquals(2300, reuse.code());
    }

    @Test
    void aCodeIsBoundToItsScene() {
        String phone = Realm.uniquePhone();
        phoneUser(phone);
        String resetCode = codeFor(phone, "reset");
        Http.Reply login = demo.loginByPhoneCode(phone, resetCode);
        assertEquals(2300, login.code(), login.body());
    }

    @Test
    void wrongCodeFiveTimesKillsTheCode() {
        String phone = Realm.uniquePhone();
        String code = codeFor(phone, "register");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            Http.Reply r = Http.postJson(demo.api("/register/phone-code"), Map.of("phone", phone, "code", wrong));
            assertEquals(2001, r.code(), r.body());
        }
        Http.Reply afterwards = Http.postJson(demo.api("/register/phone-code"), Map.of("phone", phone, "code", code));
        assertEquals(400, afterwards.status(), afterwards.body());
        assertEquals(2300, afterwards.code(), "the right code no longer works after five wrong tries");
    }

    @Test
    void wrongCodesAtLoginFeedBruteForceProtection() {
        String phone = Realm.uniquePhone();
        phoneUser(phone);
        String code = codeFor(phone, "login");
        String wrong = code.equals("000000") ? "111111" : "000000";
        int wrongAnswers = 0;
        for (int i = 0; i < 6; i++) {
            Http.Reply r = demo.loginByPhoneCode(phone, wrong);
            if (r.code() == 2005) {
                break;
            }
            assertEquals(400, r.status(), r.body());
            assertEquals(2001, r.code());
            wrongAnswers++;
        }
        assertTrue(wrongAnswers >= 4, "the realm locks after 5 failures (Keycloak records them asynchronously): " + wrongAnswers);
        Http.Reply locked = demo.loginByPhoneCode(phone, codeFor(phone, "login"));
        assertEquals(403, locked.status(), locked.body());
        assertEquals(2005, locked.code(), "a locked account is refused even with the right code");
    }

    @Test
    void concurrentRedemptionOfOneCodeHasExactlyOneWinner() throws Exception {
        String phone = Realm.uniquePhone();
        phoneUser(phone);
        String code = codeFor(phone, "login");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Http.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> demo.loginByPhoneCode(phone, code));
            }
            int ok = 0;
            for (Future<Http.Reply> f : pool.invokeAll(calls)) {
                if (f.get().status() == 200) {
                    ok++;
                }
            }
            assertEquals(1, ok);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownPhoneLogsInNowhereAndTheAnswerRevealsNothing() {
        String unknown = Realm.uniquePhone();
        Http.Reply sent = demo.sendSms(unknown, "login");
        assertEquals(200, sent.status());
        assertTrue(sms.messagesTo(unknown).isEmpty(), "no text to a number without an account");

        String known = Realm.uniquePhone();
        phoneUser(known);
        String code = codeFor(known, "login");
        String wrong = code.equals("000000") ? "111111" : "000000";
        Http.Reply knownWrong = demo.loginByPhoneCode(known, wrong);
        Http.Reply unknownWrong = demo.loginByPhoneCode(unknown, wrong);
        assertEquals(knownWrong.status(), unknownWrong.status());
        assertEquals(knownWrong.body(), unknownWrong.body());
        assertEquals(2001, unknownWrong.code());
    }

    @Test
    void invalidNumbersAreRefusedBeforeAnyTextIsSent() {
        Http.Reply reply = demo.sendSms("12345", "register");
        assertEquals(400, reply.status(), reply.body());
        assertEquals(2231, reply.code());
        assertEquals(2231, demo.sendSms("+86 138", "register").code());
        assertEquals(2231, Http.postJson(demo.api("/sms/send"), Map.of("phone", Realm.uniquePhone(), "scene", "party")).code());
    }

    @Test
    void codesNeverReachTheServerLog() {
        String phone = Realm.uniquePhone();
        String code = codeFor(phone, "register");
        Http.postJson(demo.api("/register/phone-code"), Map.of("phone", phone, "code", code));
        String log = server.log();
        for (String line : log.split("\n")) {
            if (line.contains(code)) {
                assertTrue(line.contains("[authpack-dev-sms]"), "code leaked into the log: " + line);
            }
        }
    }

    @Test
    void loginByPhonePasswordAndItsAutoRegister() {
        String phone = Realm.uniquePhone();
        phoneUser(phone);
        assertEquals(200, demo.loginByPhonePassword(phone, PASSWORD).status());
        assertEquals(2333, demo.loginByPhonePassword(phone, "Wrong-pass-1").code());

        String fresh = Realm.uniquePhone();
        Http.Reply auto = demo.loginByPhonePassword(fresh, PASSWORD, "auto_register", "true");
        assertEquals(200, auto.status(), auto.body());
        JsonNode me = demo.me(auto.json().get("access_token").asText());
        assertEquals(fresh, me.get("phone").asText());
        assertFalse(me.get("phoneVerified").asBoolean(), "no code proved this phone");
    }

    @Test
    void resetPasswordByPhoneCodeEndsOtherSessions() {
        String phone = Realm.uniquePhone();
        phoneUser(phone);
        Http.Reply before = demo.loginByPhonePassword(phone, PASSWORD);
        String refresh = before.json().get("refresh_token").asText();

        Http.Reply weak = Http.postJson(demo.api("/password/reset/phone"),
                Map.of("phone", phone, "code", codeFor(phone, "reset"), "newPassword", "short"));
        assertEquals(400, weak.status(), weak.body());
        assertEquals(2029, weak.code());

        Http.Reply reset = Http.postJson(demo.api("/password/reset/phone"),
                Map.of("phone", phone, "code", codeFor(phone, "reset"), "newPassword", "Brand-new-pass-7"));
        assertEquals(200, reset.status(), reset.body());
        assertEquals(200, reset.code());
        assertEquals(2333, demo.loginByPhonePassword(phone, PASSWORD).code());
        assertEquals(200, demo.loginByPhonePassword(phone, "Brand-new-pass-7").status());
        Http.Reply refreshed = Http.form(demo.tokenEndpoint(), Http.fields("grant_type", "refresh_token", "client_id", "demo-app",
                "refresh_token", refresh));
        assertEquals(400, refreshed.status(), "the session from before the reset has ended");
    }

    @Test
    void bindPhoneThenUpdateThenUnbind() {
        String username = Realm.uniqueName("binder");
        demo.registerByUsername(username, PASSWORD);
        String token = demo.accessToken("username", username, PASSWORD);
        String first = Realm.uniquePhone();

        Http.Reply bound = Http.postJson(demo.api("/me/phone"), Map.of("phone", first, "phoneCode", codeFor(first, "bind")),
                "Bearer " + token);
        assertEquals(200, bound.status(), bound.body());
        assertEquals(first, bound.json().get("phone").asText());

        Http.Reply same = put("/me/phone", token, Map.of("phone", first, "phoneCode", "123456"));
        assertEquals(2230, same.code(), same.body());

        String second = Realm.uniquePhone();
        Http.Reply mismatch = put("/me/phone", token, Map.of("phone", second, "phoneCode", "123456",
                "oldPhone", Realm.uniquePhone(), "oldPhoneCode", "123456"));
        assertEquals(2038, mismatch.code(), mismatch.body());

        String newCode = codeFor(second, "update");
        String oldCode = codeFor(first, "update");
        Http.Reply updated = put("/me/phone", token, Map.of("phone", second, "phoneCode", newCode, "oldPhone", first, "oldPhoneCode", oldCode));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(second, updated.json().get("phone").asText());

        Http.Reply unbound = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(demo.api("/me/phone")))
                .header("Authorization", "Bearer " + token).DELETE());
        assertEquals(200, unbound.status(), unbound.body());
        assertTrue(unbound.json().get("phone").isNull());
    }

    @Test
    void bindingAPhoneOfAnotherAccountIs2035() {
        String taken = Realm.uniquePhone();
        phoneUser(taken);
        String username = Realm.uniqueName("thief");
        demo.registerByUsername(username, PASSWORD);
        String token = demo.accessToken("username", username, PASSWORD);
        assertEquals(2035, demo.sendSms(taken, "bind").code());
        Http.Reply bind = Http.postJson(demo.api("/me/phone"), Map.of("phone", taken, "phoneCode", "123456"), "Bearer " + token);
        assertEquals(409, bind.status(), bind.body());
        assertEquals(2035, bind.code());
    }

    @Test
    void unbindingThePhoneOfAPhoneOnlyAccountIs2217() {
        String phone = Realm.uniquePhone();
        Http.Reply reg = Http.postJson(demo.api("/register/phone-code"), Map.of("phone", phone, "code", codeFor(phone, "register"),
                "forceLogin", true, "clientId", "demo-app"));
        assertEquals(201, reg.status(), reg.body());
        String token = demo.redeem(reg.json().get("loginCode").asText()).json().get("access_token").asText();
        Http.Reply unbind = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(demo.api("/me/phone")))
                .header("Authorization", "Bearer " + token).DELETE());
        assertEquals(409, unbind.status(), unbind.body());
        assertEquals(2217, unbind.code());
    }

    @Test
    void gatewayRefusalsMapToClearErrors() {
        String phone = Realm.uniquePhone();
        sms.answerWith(400);
        Http.Reply refused = demo.sendSms(phone, "register");
        assertEquals(400, refused.status(), refused.body());
        assertEquals(2231, refused.code());
        sms.answerWith(500);
        Http.Reply down = demo.sendSms(Realm.uniquePhone(), "register");
        assertEquals(503, down.status(), down.body());
        assertEquals(1000, down.code());
        sms.answerWith(200);
    }

    private Http.Reply put(String path, String token, Map<String, Object> body) {
        return Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(demo.api(path)))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Http.write(body))));
    }
}
