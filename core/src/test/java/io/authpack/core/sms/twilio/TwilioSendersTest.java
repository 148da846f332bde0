package io.authpack.core.sms.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;

import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import io.authpack.core.sms.SmsMessage;
import io.authpack.core.sms.SmsSender;
import io.authpack.core.sms.SmsSenderFactory;
import io.authpack.core.sms.SmsSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.component.ComponentModel;

/** Both Twilio senders, through the real Twilio SDK, against {@link FakeTwilio}. */
class TwilioSendersTest {
    private static final String PHONE = "+8613800000000";
    private static final String CODE = "482915";
    private static final String TEXT = "Your verification code is " + CODE + ". It is valid for 1 minutes.";

    private FakeTwilio twilio;

    @BeforeEach
    void startTwilio() throws IOException {
        twilio = new FakeTwilio();
    }

    @AfterEach
    void stopTwilio() {
        twilio.close();
    }

    @Test
    void sendsTextToMessagesApiWithAccountCredentials() {
        messaging().send(settings(Map.of(SmsSettings.TWILIO_FROM, "+15005550006")), message());

        FakeTwilio.Recorded request = twilio.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/2010-04-01/Accounts/" + FakeTwilio.ACCOUNT_SID + "/Messages.json", request.path());
        assertEquals(FakeTwilio.ACCOUNT_SID, request.basicUser());
        assertEquals(FakeTwilio.AUTH_TOKEN, request.basicPassword());
        assertTrue(request.contentType().startsWith("application/x-www-form-urlencoded"), request.contentType());
        assertEquals(PHONE, request.field("To"));
        assertEquals("+15005550006", request.field("From"));
        assertEquals(TEXT, request.field("Body"));
        assertNull(request.field("MessagingServiceSid"));
    }

    @Test
    void messagingServiceWinsOverFromNumber() {
        messaging().send(settings(Map.of(SmsSettings.TWILIO_FROM, "+15005550006",
                SmsSettings.TWILIO_MESSAGING_SERVICE_SID, "MG00000000000000000000000000000001")), message());

        FakeTwilio.Recorded request = twilio.onlyRequest();
        assertEquals("MG00000000000000000000000000000001", request.field("MessagingServiceSid"));
        assertNull(request.field("From"));
        assertEquals(TEXT, request.field("Body"));
    }

    @Test
    void codeTravelsOnlyInsideBody() {
        messaging().send(settings(Map.of(SmsSettings.TWILIO_FROM, "+15005550006")), message());

        FakeTwilio.Recorded request = twilio.onlyRequest();
        assertFalse(request.path().contains(CODE));
        assertNull(request.rawQuery());
        request.form().forEach((name, values) -> {
            if (!"Body".equals(name)) {
                values.forEach(value -> assertFalse(value.contains(CODE), name));
            }
        });
    }

    @Test
    void invalidNumberAnswerBecomesBadParameter() {
        twilio.invalidNumbers.add(PHONE);

        AuthpackException e = assertThrows(AuthpackException.class,
                () -> messaging().send(settings(Map.of(SmsSettings.TWILIO_FROM, "+15005550006")), message()));

        assertEquals(AuthingError.BAD_PARAMETER, e.error());
    }

    @Test
    void serverErrorBecomesTemporaryFailure() {
        twilio.failEverythingWith = 500;

        AuthpackException e = assertThrows(AuthpackException.class,
                () -> messaging().send(settings(Map.of(SmsSettings.TWILIO_FROM, "+15005550006")), message()));

        assertEquals(AuthingError.TEMPORARY_FAILURE, e.error());
    }

    @Test
    void aFailedSendIsNotRetriedSoNobodyGetsTheTextTwice() {
        twilio.failEverythingWith = 500;

        assertThrows(AuthpackException.class,
                () -> messaging().send(settings(Map.of(SmsSettings.TWILIO_FROM, "+15005550006")), message()));

        assertEquals(1, twilio.requests().size());
    }

    @Test
    void wrongCredentialsBecomeTemporaryFailure() {
        Map<String, String> config = Map.of(SmsSettings.TWILIO_AUTH_TOKEN, "not-the-token",
                SmsSettings.TWILIO_FROM, "+15005550006");

        AuthpackException e = assertThrows(AuthpackException.class, () -> messaging().send(settings(config), message()));

        assertEquals(AuthingError.TEMPORARY_FAILURE, e.error());
    }

    @Test
    void closedPortBecomesTemporaryFailure() throws IOException {
        String closed;
        try (FakeTwilio gone = new FakeTwilio()) {
            closed = gone.baseUrl();
        }

        AuthpackException e = assertThrows(AuthpackException.class,
                () -> factory(new TwilioSmsSenderFactory(), closed).create(null)
                        .send(settings(Map.of(SmsSettings.TWILIO_FROM, "+15005550006")), message()));

        assertEquals(AuthingError.TEMPORARY_FAILURE, e.error());
    }

    @Test
    void missingCredentialsFailWithoutCallingTwilio() {
        SmsSettings noToken = new SmsSettings(model(Map.of(SmsSettings.TWILIO_ACCOUNT_SID, FakeTwilio.ACCOUNT_SID,
                SmsSettings.TWILIO_FROM, "+15005550006")), s -> s);
        SmsSettings noFrom = settings(Map.of());

        assertEquals(AuthingError.TEMPORARY_FAILURE,
                assertThrows(AuthpackException.class, () -> messaging().send(noToken, message())).error());
        assertEquals(AuthingError.TEMPORARY_FAILURE,
                assertThrows(AuthpackException.class, () -> messaging().send(noFrom, message())).error());
        SmsSettings noVerifyService = new SmsSettings(model(Map.of(SmsSettings.TWILIO_ACCOUNT_SID, FakeTwilio.ACCOUNT_SID,
                SmsSettings.TWILIO_AUTH_TOKEN, FakeTwilio.AUTH_TOKEN)), s -> s);
        assertEquals(AuthingError.TEMPORARY_FAILURE,
                assertThrows(AuthpackException.class, () -> verify().send(noVerifyService, verifyMessage())).error());
        assertTrue(twilio.requests().isEmpty());
    }

    @Test
    void authTokenComesThroughSettingsResolver() {
        SmsSettings vaulted = new SmsSettings(model(Map.of(SmsSettings.TWILIO_ACCOUNT_SID, FakeTwilio.ACCOUNT_SID,
                SmsSettings.TWILIO_AUTH_TOKEN, "${vault.twilio}", SmsSettings.TWILIO_FROM, "+15005550006")),
                s -> "${vault.twilio}".equals(s) ? FakeTwilio.AUTH_TOKEN : s);

        messaging().send(vaulted, message());

        assertEquals(FakeTwilio.AUTH_TOKEN, twilio.onlyRequest().basicPassword());
    }

    @Test
    void verifyStartPostsNumberAndSmsChannel() {
        SmsSender sender = verify();
        assertTrue(sender.verifiesCodes());

        sender.send(settings(Map.of()), verifyMessage());

        FakeTwilio.Recorded request = twilio.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/v2/Services/" + FakeTwilio.VERIFY_SERVICE_SID + "/Verifications", request.path());
        assertEquals(FakeTwilio.ACCOUNT_SID, request.basicUser());
        assertEquals(FakeTwilio.AUTH_TOKEN, request.basicPassword());
        assertEquals(PHONE, request.field("To"));
        assertEquals("sms", request.field("Channel"));
        assertEquals("zh", request.field("Locale"));
    }

    @Test
    void verifyLeavesLanguageToTwilioWhenItHasNoTemplate() {
        verify().send(settings(Map.of()), new SmsMessage(PHONE, "login", null, null, Locale.forLanguageTag("eu")));

        assertNull(twilio.onlyRequest().field("Locale"));
    }

    @Test
    void verifyCheckApprovedCodeIsTrue() {
        SmsSender sender = verify();
        sender.send(settings(Map.of()), verifyMessage());

        assertTrue(sender.check(settings(Map.of()), PHONE, "123456"));

        FakeTwilio.Recorded check = twilio.requests().get(1);
        assertEquals("/v2/Services/" + FakeTwilio.VERIFY_SERVICE_SID + "/VerificationCheck", check.path());
        assertEquals(PHONE, check.field("To"));
        assertEquals("123456", check.field("Code"));
    }

    @Test
    void verifyCheckPendingIsFalse() {
        SmsSender sender = verify();
        sender.send(settings(Map.of()), verifyMessage());

        assertFalse(sender.check(settings(Map.of()), PHONE, "000000"));
    }

    @Test
    void verifyCheckOfUnknownVerificationIsFalse() {
        assertFalse(verify().check(settings(Map.of()), PHONE, "123456"));

        assertEquals("/v2/Services/" + FakeTwilio.VERIFY_SERVICE_SID + "/VerificationCheck", twilio.onlyRequest().path());
    }

    @Test
    void verifyCheckServerErrorBecomesTemporaryFailure() {
        twilio.failEverythingWith = 503;

        AuthpackException e = assertThrows(AuthpackException.class,
                () -> verify().check(settings(Map.of()), PHONE, "123456"));

        assertEquals(AuthingError.TEMPORARY_FAILURE, e.error());
    }

    @Test
    void verifyStartWithUnknownServiceBecomesTemporaryFailure() {
        SmsSettings otherService = settings(Map.of(SmsSettings.TWILIO_VERIFY_SERVICE_SID, "VA00000000000000000000000000000009"));

        AuthpackException e = assertThrows(AuthpackException.class, () -> verify().send(otherService, verifyMessage()));

        assertEquals(AuthingError.TEMPORARY_FAILURE, e.error());
    }

    @Test
    void logsNeverCarryTokenOrCode() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new SimpleFormatter().formatMessage(record) + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            SmsSettings settings = settings(Map.of(SmsSettings.TWILIO_FROM, "+15005550006"));
            messaging().send(settings, message());
            twilio.invalidNumbers.add(PHONE);
            assertThrows(AuthpackException.class, () -> messaging().send(settings, message()));
            twilio.failEverythingWith = 500;
            assertThrows(AuthpackException.class, () -> messaging().send(settings, message()));
            assertThrows(AuthpackException.class, () -> verify().check(settings, PHONE, CODE));
        } finally {
            root.removeHandler(capture);
        }

        assumeFalse(logged.isEmpty(), "jboss-logging does not log through java.util.logging here");
        String basic = Base64.getEncoder().encodeToString(
                (FakeTwilio.ACCOUNT_SID + ":" + FakeTwilio.AUTH_TOKEN).getBytes(StandardCharsets.US_ASCII));
        for (String line : logged) {
            assertFalse(line.contains(FakeTwilio.AUTH_TOKEN), line);
            assertFalse(line.contains(basic), line);
            assertFalse(line.contains(CODE), line);
            assertFalse(line.contains(PHONE), line);
        }
    }

    @Test
    void bothFactoriesAreRegistered() {
        Map<String, String> names = ServiceLoader.load(SmsSenderFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toMap(SmsSenderFactory::getId, SmsSenderFactory::getDisplayName));

        assertEquals("Twilio Programmable Messaging", names.get("twilio"));
        assertEquals("Twilio Verify", names.get("twilio-verify"));
    }

    @Test
    void baseUrlMustBeHttp() {
        assertThrows(IllegalArgumentException.class,
                () -> new TwilioSmsSenderFactory().init(new MapScope(Map.of("base-url", "ftp://127.0.0.1"))));
    }

    private SmsSender messaging() {
        return factory(new TwilioSmsSenderFactory(), twilio.baseUrl() + "/").create(null);
    }

    private SmsSender verify() {
        return factory(new TwilioVerifySenderFactory(), twilio.baseUrl()).create(null);
    }

    private static SmsSenderFactory factory(SmsSenderFactory factory, String baseUrl) {
        factory.init(new MapScope(Map.of("base-url", baseUrl)));
        return factory;
    }

    private static SmsMessage message() {
        return new SmsMessage(PHONE, "login", CODE, TEXT, Locale.ENGLISH);
    }

    private static SmsMessage verifyMessage() {
        return new SmsMessage(PHONE, "login", null, null, Locale.SIMPLIFIED_CHINESE);
    }

    /** Account credentials and Verify service filled in; {@code overrides} replace or add settings. */
    private static SmsSettings settings(Map<String, String> overrides) {
        Map<String, String> config = new HashMap<>(Map.of(
                SmsSettings.TWILIO_ACCOUNT_SID, FakeTwilio.ACCOUNT_SID,
                SmsSettings.TWILIO_AUTH_TOKEN, FakeTwilio.AUTH_TOKEN,
                SmsSettings.TWILIO_VERIFY_SERVICE_SID, FakeTwilio.VERIFY_SERVICE_SID));
        config.putAll(overrides);
        return new SmsSettings(model(config), s -> s);
    }

    private static ComponentModel model(Map<String, String> config) {
        ComponentModel model = new ComponentModel();
        config.forEach(model::put);
        return model;
    }
}
