package io.authpack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.authpack.client.AuthenticationClient;
import io.authpack.it.support.AuthpackIT;
import io.authpack.it.support.Http;
import io.authpack.it.support.Realm;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** sendEmail and resetPasswordByEmailCode, with mail through the realm's SMTP server (GreenMail). */
class EmailCodeIT extends AuthpackIT {
    private Realm realm;

    @BeforeEach
    void realmWithSmtp() {
        String name = Realm.uniqueName("mail");
        admin.createRealm(name, "app", Map.of("registrationAllowed", true, "passwordPolicy", "length(8)",
                "smtpServer", Map.of("host", "127.0.0.1", "port", String.valueOf(server.mail().getSmtp().getPort()),
                        "from", "noreply@example.org")));
        admin.setup(name, "app");
        realm = new Realm(server.baseUrl(), name, "app");
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server.mail().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private String codeIn(MimeMessage mail) {
        Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(GreenMailUtil.getBody(mail));
        assertTrue(m.find(), GreenMailUtil.getBody(mail));
        return m.group(1);
    }

    private Http.Reply send(String email, String scene) {
        return Http.postJson(realm.api("/email/send"), Map.of("email", email, "scene", scene));
    }

    @Test
    void resetPasswordByEmailCodeThroughSmtp() throws Exception {
        String email = Realm.uniqueEmail("reset");
        realm.registerByEmail(email, PASSWORD);
        Http.Reply sent = send(email.toUpperCase(), "RESET_PASSWORD");
        assertEquals(200, sent.status(), sent.body());
        assertTrue(server.mail().waitForIncomingEmail(5000, 1));
        MimeMessage mail = mailsTo(email).get(0);
        assertTrue(mail.getSubject().contains("verification code"), mail.getSubject());
        String code = codeIn(mail);

        Http.Reply wrong = Http.postJson(realm.api("/password/reset/email"), Map.of("email", email, "code",
                code.equals("000000") ? "111111" : "000000", "newPassword", "Another-pass-9"));
        assertEquals(2001, wrong.code(), wrong.body());
        Http.Reply reset = Http.postJson(realm.api("/password/reset/email"), Map.of("email", email, "code", code,
                "newPassword", "Another-pass-9"));
        assertEquals(200, reset.status(), reset.body());
        assertEquals(200, realm.login("email", email, "Another-pass-9").status());
        assertEquals(2333, realm.login("email", email, PASSWORD).code());
    }

    @Test
    void unknownAddressesGetTheSameAnswerButNoMail() throws Exception {
        String nobody = Realm.uniqueEmail("nobody");
        assertEquals(200, send(nobody, "RESET_PASSWORD").status());
        Thread.sleep(500);
        assertTrue(mailsTo(nobody).isEmpty());
        Http.Reply reset = Http.postJson(realm.api("/password/reset/email"), Map.of("email", nobody, "code", "123456",
                "newPassword", "Another-pass-9"));
        assertEquals(2001, reset.code(), "like a wrong code for an existing account: " + reset.body());
    }

    @Test
    void badInputAndLimits() {
        assertEquals(2003, send("not-an-address", "RESET_PASSWORD").code());
        assertEquals(2231, send(Realm.uniqueEmail("x"), "PARTY").code());
        String email = Realm.uniqueEmail("again");
        assertEquals(200, send(email, "VERIFY_EMAIL").status());
        Http.Reply again = send(email, "VERIFY_EMAIL");
        assertEquals(429, again.status(), again.body());
        assertEquals(1002, again.code());
        assertTrue(again.header("Retry-After") != null);
    }

    @Test
    void theConsoleSenderPrintsTheDevLineOnlyWhereChosen() {
        admin.post("/" + realm.name() + "/components", Map.of("name", "Authpack email", "providerId", "authpack-email",
                "providerType", "org.keycloak.services.ui.extend.UiPageProvider",
                "parentId", admin.get("/" + realm.name()).json().get("id").asText(),
                "config", Map.of("sender", List.of("console"))));
        String email = Realm.uniqueEmail("console");
        assertEquals(200, send(email, "VERIFY_EMAIL").status());
        assertTrue(server.log().contains("[authpack-dev-mail] to=" + email + " scene=VERIFY_EMAIL code="));
        assertTrue(mailsTo(email).isEmpty());
    }

    private String codeSentTo(String address, String scene) throws Exception {
        int before = mailsTo(address).size();
        assertEquals(200, send(address, scene).status());
        for (int i = 0; i < 50 && mailsTo(address).size() == before; i++) {
            Thread.sleep(100);
        }
        List<MimeMessage> mails = mailsTo(address);
        return codeIn(mails.get(mails.size() - 1));
    }

    @Test
    void updateEmailProvesTheNewAndTheOldAddress() throws Exception {
        String old = Realm.uniqueEmail("old");
        realm.registerByEmail(old, PASSWORD);
        String token = realm.accessToken("email", old, PASSWORD);
        String taken = Realm.uniqueEmail("taken");
        realm.registerByEmail(taken, PASSWORD);
        String fresh = Realm.uniqueEmail("new");

        assertEquals(2229, put(token, Map.of("email", old.toUpperCase(), "emailCode", "123456")).code());
        assertEquals(2200, put(token, Map.of("email", taken, "emailCode", "123456")).code());
        assertEquals(2231, put(token, Map.of("email", fresh, "emailCode", "123456")).code(), "old address proof required");
        assertEquals(2037, put(token, Map.of("email", fresh, "emailCode", "123456",
                "oldEmail", Realm.uniqueEmail("other"), "oldEmailCode", "123456")).code());

        String newCode = codeSentTo(fresh, "CHANGE_EMAIL");
        String oldCode = codeSentTo(old, "CHANGE_EMAIL");
        Http.Reply changed = put(token, Map.of("email", fresh, "emailCode", newCode, "oldEmail", old, "oldEmailCode", oldCode));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(fresh, changed.json().get("email").asText());
        assertTrue(changed.json().get("emailVerified").asBoolean());
        assertEquals(200, realm.login("email", fresh, PASSWORD).status());
        assertEquals(2333, realm.login("email", old, PASSWORD).code());
    }

    private Http.Reply put(String token, Map<String, Object> body) {
        return Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(realm.api("/me/email")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Http.write(body))));
    }

    @Test
    void javaClientSendEmailAndReset() throws Exception {
        String email = Realm.uniqueEmail("sdkmail");
        realm.registerByEmail(email, PASSWORD);
        AuthenticationClient client = new AuthenticationClient(server.baseUrl(), realm.name(), "app");
        assertEquals(200, client.sendEmail(email, "RESET_PASSWORD").getCode());
        server.mail().waitForIncomingEmail(5000, 1);
        String code = codeIn(mailsTo(email).get(0));
        assertEquals(200, client.resetPasswordByEmailCode(email, code, "Sdk-new-pass-1").getCode());
        assertEquals(email, client.loginByEmail(email, "Sdk-new-pass-1").getEmail());
    }
}
