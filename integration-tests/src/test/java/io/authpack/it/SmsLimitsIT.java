package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.Test;

/** The code and rate limits of the realm's SMS settings, each on a realm of its own. */
class SmsLimitsIT extends AuthpackIT {

    private Realm realmWith(Map<String, String> limits) {
        String name = Realm.uniqueName("sms");
        admin.createRealm(name, "app", Map.of("registrationAllowed", true));
        admin.setup(name, "app");
        java.util.Map<String, String> settings = new java.util.HashMap<>(limits);
        settings.put("sender", "http");
        settings.put("httpUrl", server.sms().url());
        settings.put("defaultRegion", "CN");
        admin.smsSettings(name, settings);
        return new Realm(server.baseUrl(), name, "app");
    }

    private static void assertTooMany(Http.Reply reply) {
        assertEquals(429, reply.status(), reply.body());
        assertEquals(1002, reply.code());
        assertNotNull(reply.header("Retry-After"));
        assertTrue(Integer.parseInt(reply.header("Retry-After")) > 0);
    }

    @Test
    void resendWithinTheCooldownIs429WithRetryAfter() {
        Realm realm = realmWith(Map.of("resendCooldownSeconds", "60"));
        String phone = Realm.uniquePhone();
        assertEquals(200, realm.sendSms(phone, "register").status());
        assertTooMany(realm.sendSms(phone, "register"));
        assertEquals(1, server.sms().messagesTo(phone).size());
    }

    @Test
    void limitsApplyAlikeToNumbersWithAndWithoutAccounts() {
        Realm realm = realmWith(Map.of("resendCooldownSeconds", "60"));
        String unknown = Realm.uniquePhone();
        assertEquals(200, realm.sendSms(unknown, "login").status());
        assertTooMany(realm.sendSms(unknown, "login"));
        assertTrue(server.sms().messagesTo(unknown).isEmpty());
    }

    @Test
    void hourlyCapPerPhone() {
        Realm realm = realmWith(Map.of("resendCooldownSeconds", "0", "perPhoneHourly", "2"));
        String phone = Realm.uniquePhone();
        assertEquals(200, realm.sendSms(phone, "register").status());
        assertEquals(200, realm.sendSms(phone, "register").status());
        assertTooMany(realm.sendSms(phone, "register"));
    }

    @Test
    void hourlyCapPerClientIp() {
        Realm realm = realmWith(Map.of("resendCooldownSeconds", "0", "perIpHourly", "2"));
        assertEquals(200, realm.sendSms(Realm.uniquePhone(), "register").status());
        assertEquals(200, realm.sendSms(Realm.uniquePhone(), "register").status());
        String third = Realm.uniquePhone();
        assertTooMany(realm.sendSms(third, "register"));
        assertTrue(server.sms().messagesTo(third).isEmpty());
    }

    @Test
    void anExpiredCodeIs2300() throws InterruptedException {
        Realm realm = realmWith(Map.of("codeTtlSeconds", "5"));
        String phone = Realm.uniquePhone();
        realm.sendSms(phone, "register");
        String code = server.sms().lastCode(phone, "register");
        Thread.sleep(6500);
        Http.Reply reply = Http.postJson(realm.api("/register/phone-code"), Map.of("phone", phone, "code", code));
        assertEquals(400, reply.status(), reply.body());
        assertEquals(2300, reply.code());
    }

    @Test
    void codeLengthIsConfigurable() {
        Realm realm = realmWith(Map.of("codeLength", "8"));
        String phone = Realm.uniquePhone();
        realm.sendSms(phone, "register");
        assertEquals(8, server.sms().lastCode(phone, "register").length());
    }

    @Test
    void aRealmWithoutAnSmsGatewayAnswers503() {
        String name = Realm.uniqueName("nosms");
        admin.createRealm(name, "app", Map.of("registrationAllowed", true));
        Realm realm = new Realm(server.baseUrl(), name, "app");
        Http.Reply reply = realm.sendSms(Realm.uniquePhone(), "register");
        assertEquals(503, reply.status(), reply.body());
        assertEquals(1000, reply.code());
    }
}
