package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.FakeTwilio;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.Test;

/**
 * The Twilio senders inside the real server (the SDK as shaded into the bundle) against a local
 * server that speaks Twilio's REST API.
 */
class TwilioIT extends AuthpackIT {
    private static final String SID = "AC" + "1".repeat(32);
    private static final String TOKEN = "twilio-auth-token-secret";

    private Realm realmWith(Map<String, String> settings) {
        String name = Realm.uniqueName("twilio");
        admin.createRealm(name, "app", Map.of("registrationAllowed", true));
        admin.setup(name, "app");
        java.util.Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("twilioAccountSid", SID);
        all.put("twilioAuthToken", TOKEN);
        all.put("resendCooldownSeconds", "0");
        admin.smsSettings(name, all);
        return new Realm(server.baseUrl(), name, "app");
    }

    private List<FakeTwilio.Received> requestsTo(String phone) {
        return server.twilio().requests().stream().filter(r -> phone.equals(r.form().get("To"))).toList();
    }

    @Test
    void programmableMessagingSendsTheTextWithTheAccountCredentials() {
        Realm realm = realmWith(Map.of("sender", "twilio", "twilioFrom", "+15005550006"));
        String phone = Realm.uniquePhone();
        Http.Reply sent = realm.sendSms(phone, "register");
        assertEquals(200, sent.status(), sent.body());
        FakeTwilio.Received request = requestsTo(phone).get(0);
        assertEquals("POST", request.method());
        assertEquals("/2010-04-01/Accounts/" + SID + "/Messages.json", request.path());
        assertEquals("Basic " + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)),
                request.authorization());
        assertEquals("+15005550006", request.form().get("From"));
        String body = request.form().get("Body");
        assertNotNull(body);
        String code = body.replaceAll("\\D*(\\d{6}).*", "$1");
        Http.Reply registered = Http.postJson(realm.api("/register/phone-code"), Map.of("phone", phone, "code", code));
        assertEquals(201, registered.status(), registered.body());
    }

    @Test
    void twilioRefusingTheNumberIs400() {
        Realm realm = realmWith(Map.of("sender", "twilio", "twilioFrom", "+15005550006"));
        Http.Reply reply = realm.sendSms(FakeTwilio.INVALID_NUMBER, "register");
        assertEquals(400, reply.status(), reply.body());
        assertEquals(2231, reply.code());
    }

    @Test
    void theAuthTokenNeverAppearsInAdminAnswersOrTheLog() {
        Realm realm = realmWith(Map.of("sender", "twilio", "twilioFrom", "+15005550006"));
        String config = admin.smsSettingsComponent(realm.name()).toString();
        assertFalse(config.contains(TOKEN), config);
        realm.sendSms(Realm.uniquePhone(), "register");
        assertFalse(server.log().contains(TOKEN));
    }

    @Test
    void twilioVerifyGeneratesAndChecksTheCode() {
        Realm realm = realmWith(Map.of("sender", "twilio-verify", "twilioVerifyServiceSid", "VA" + "2".repeat(32)));
        String phone = Realm.uniquePhone();
        assertEquals(200, realm.sendSms(phone, "register").status());
        FakeTwilio.Received start = requestsTo(phone).get(0);
        assertTrue(start.path().endsWith("/Verifications"), start.path());
        assertEquals("sms", start.form().get("Channel"));

        Http.Reply wrong = Http.postJson(realm.api("/register/phone-code"), Map.of("phone", phone, "code", "000001"));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(2001, wrong.code());
        String code = server.twilio().verifyCode(phone);
        Http.Reply registered = Http.postJson(realm.api("/register/phone-code"), Map.of("phone", phone, "code", code));
        assertEquals(201, registered.status(), registered.body());
        Http.Reply reuse = Http.postJson(realm.api("/register/phone-code"), Map.of("phone", phone, "code", code));
        assertEquals(2300, reuse.code(), "Authpack keeps codes single-use even when Twilio checks them");
    }
}
