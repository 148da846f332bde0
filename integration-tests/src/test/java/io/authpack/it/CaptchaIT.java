package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import org.junit.jupiter.api.Test;

/**
 * The login captcha (2000): after repeated failures from one IP, logins from it need a captcha.
 * The test server runs with {@code log-answers}, so the test reads the answer a person would read off
 * the image.
 */
class CaptchaIT extends AuthpackIT {

    private Realm realmWithCaptchaAfter(int failures) {
        String name = Realm.uniqueName("captcha");
        admin.createRealm(name, "app", Map.of("registrationAllowed", true,
                "attributes", Map.of("authpack.captcha.failureLimit", String.valueOf(failures))));
        admin.setup(name, "app");
        return new Realm(server.baseUrl(), name, "app");
    }

    private String[] captcha(Realm realm) throws Exception {
        Http.Reply reply = Http.get(realm.api("/captcha"), null);
        assertEquals(200, reply.status(), reply.body());
        String id = reply.json().get("captchaId").asText();
        String image = reply.json().get("image").asText();
        assertTrue(image.startsWith("data:image/png;base64,"));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.substring(22)))), "a real PNG");
        Matcher m = Pattern.compile("\\[authpack-dev-captcha\\] id=" + Pattern.quote(id) + " answer=(\\d+)").matcher(server.log());
        assertTrue(m.find());
        return new String[] {id, m.group(1)};
    }

    @Test
    void afterRepeatedFailuresLoginsNeedACaptcha() throws Exception {
        Realm realm = realmWithCaptchaAfter(2);
        String username = Realm.uniqueName("u");
        realm.registerByUsername(username, PASSWORD);
        assertEquals(2333, realm.login("username", username, "Wrong-pass-1").code());
        assertEquals(2333, realm.login("username", Realm.uniqueName("nobody"), "Wrong-pass-1").code());

        Http.Reply required = realm.login("username", username, PASSWORD);
        assertEquals(401, required.status(), required.body());
        assertEquals(2000, required.code());

        String[] wrong = captcha(realm);
        String bad = wrong[1].equals("00000") ? "11111" : "00000";
        assertEquals(2001, realm.login("username", username, PASSWORD, "captcha_id", wrong[0], "captcha_code", bad).code());
        assertEquals(2001, realm.login("username", username, PASSWORD, "captcha_id", wrong[0], "captcha_code", wrong[1]).code(),
                "a captcha is single use, even after a wrong answer");

        String[] right = captcha(realm);
        Http.Reply ok = realm.login("username", username, PASSWORD, "captcha_id", right[0], "captcha_code", right[1]);
        assertEquals(200, ok.status(), ok.body());
    }

    @Test
    void realmsWithoutTheSettingNeverAskForOne() {
        String username = Realm.uniqueName("nocaptcha");
        demo.registerByUsername(username, PASSWORD);
        for (int i = 0; i < 3; i++) {
            demo.login("username", Realm.uniqueName("ghost"), "Wrong-pass-1");
        }
        assertEquals(200, demo.login("username", username, PASSWORD).status());
    }
}
