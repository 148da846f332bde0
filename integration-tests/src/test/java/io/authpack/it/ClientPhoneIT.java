package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.authpack.client.AuthenticationClient;
import io.authpack.client.AuthingException;
import io.authpack.client.SmsScene;
import io.authpack.client.User;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java client's phone methods against the real server. */
class ClientPhoneIT extends AuthpackIT {
    private AuthenticationClient client;

    @BeforeEach
    void setUp() {
        admin.smsSettings("demo", Map.of("sender", "http", "httpUrl", server.sms().url(), "resendCooldownSeconds", "0",
                "perIpHourly", "1000", "perPhoneHourly", "100"));
        server.sms().answerWith(200);
        client = new AuthenticationClient(server.baseUrl(), "demo", "demo-app");
    }

    private String code(String phone, String scene) {
        assertEquals(200, client.sendSmsCode(phone, null, scene).getCode());
        return server.sms().lastCode(phone, scene);
    }

    @Test
    void registerLoginResetByPhone() {
        String phone = Realm.uniquePhone();
        User registered = client.registerByPhoneCode(phone, code(phone, SmsScene.REGISTER), PASSWORD);
        assertEquals(phone, registered.getPhone());
        assertTrue(registered.getPhoneVerified());

        User byCode = client.loginByPhoneCode(phone, code(phone, SmsScene.LOGIN));
        assertNotNull(byCode.getToken());
        User byPassword = client.loginByPhonePassword(phone, PASSWORD);
        assertEquals(registered.getId(), byPassword.getId());

        assertEquals(200, client.resetPasswordByPhoneCode(phone, code(phone, SmsScene.RESET), "Reset-pass-2026").getCode());
        assertEquals(registered.getId(), client.loginByPhonePassword(phone, "Reset-pass-2026").getId());
    }

    @Test
    void bindUpdateUnbind() {
        String username = Realm.uniqueName("sdkphone");
        client.registerByUsername(username, PASSWORD);
        client.loginByUsername(username, PASSWORD);
        String first = Realm.uniquePhone();
        assertEquals(first, client.bindPhone(first, code(first, SmsScene.BIND)).getPhone());
        String second = Realm.uniquePhone();
        String newCode = code(second, SmsScene.UPDATE);
        String oldCode = code(first, SmsScene.UPDATE);
        assertEquals(second, client.updatePhone(second, newCode, first, oldCode).getPhone());
        assertNull(client.unbindPhone().getPhone());
    }

    @Test
    void wrongCodeCarriesTheAuthingCode() {
        String phone = Realm.uniquePhone();
        code(phone, SmsScene.REGISTER);
        AuthingException e = assertThrows(AuthingException.class, () -> client.registerByPhoneCode(phone, "000000"));
        assertTrue(e.getCode() == 2001, "code " + e.getCode());
    }
}
