package io.authpack.core.sms;

import java.util.List;
import java.util.Locale;

import io.authpack.core.code.CodeChannel;
import io.authpack.core.code.CodePolicy;
import io.authpack.core.code.VerificationCodes;
import io.authpack.core.error.AuthingError;
import io.authpack.core.phone.PhoneNumbers;
import io.authpack.core.user.KeycloakMessages;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * SMS verification for one realm: parses the phone, applies the limits, creates the code, has the
 * realm's gateway deliver it, and later checks it. Every phone feature (register, login, reset,
 * bind, update) goes through here, so they all obey the same limits.
 *
 * <p>Not thread-safe; one instance per request.
 */
public final class SmsCodeService {
    public static final List<String> SCENES = List.of("login", "register", "reset", "bind", "unbind", "update");
    private static final Logger LOG = Logger.getLogger(SmsCodeService.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final SmsSettings settings;

    public SmsCodeService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.settings = SmsSettings.of(session, realm);
    }

    public SmsSettings settings() {
        return settings;
    }

    /** The phone in E.164, using the realm's default region for national numbers. */
    public String toE164(String phone, String countryCode) {
        return PhoneNumbers.toE164(phone, countryCode, settings.defaultRegion());
    }

    /**
     * Sends a code for {@code scene} to {@code e164}.
     *
     * @param clientIp the caller's address, for the per-IP cap
     * @param user     the account the phone belongs to, if known, for the message language
     */
    public void send(String e164, String scene, String clientIp, UserModel user) {
        request(e164, scene, clientIp, user, true);
    }

    /**
     * Does for a number that must not be texted (no account behind a login or reset) everything a
     * real send does: the limits apply and a code is created that nobody receives. Callers then
     * see the same answers, limits and wrong-code errors for every number, so neither reveals which
     * numbers have accounts.
     */
    public void pretendSend(String e164, String scene, String clientIp) {
        request(e164, scene, clientIp, null, false);
    }

    private void request(String e164, String scene, String clientIp, UserModel user, boolean deliver) {
        requireScene(scene);
        SmsSender sender = sender();
        VerificationCodes codes = codes();
        codes.checkSendLimits(e164, clientIp);
        if (sender.verifiesCodes()) {
            if (deliver) {
                sender.send(settings, new SmsMessage(e164, scene, null, null, session.getContext().resolveLocale(user)));
            }
            codes.issueExternal(e164, scene);
            return;
        }
        String code = codes.issue(e164, scene);
        if (!deliver) {
            return;
        }
        Locale locale = session.getContext().resolveLocale(user);
        String minutes = String.valueOf(Math.max(1, settings.codeTtlSeconds() / 60));
        String text = new KeycloakMessages(session, realm, locale).format("authpackSmsCode", code, minutes);
        sender.send(settings, new SmsMessage(e164, scene, code, text, locale));
    }

    /** Consumes the code for {@code scene}; 2300 when none is pending, 2001 when wrong. */
    public void verify(String e164, String scene, String code) {
        requireScene(scene);
        VerificationCodes codes = codes();
        SmsSender sender = sender();
        if (sender.verifiesCodes()) {
            codes.verify(e164, scene, code, () -> sender.check(settings, e164, code));
        } else {
            codes.verify(e164, scene, code);
        }
    }

    private VerificationCodes codes() {
        CodePolicy policy = new CodePolicy(settings.codeLength(), settings.codeTtlSeconds(), settings.maxAttempts(),
                settings.resendCooldownSeconds(), settings.perPhoneHourly(), settings.perIpHourly());
        return new VerificationCodes(session, realm, CodeChannel.SMS, policy);
    }

    private SmsSender sender() {
        String id = settings.sender().orElse(null);
        if (id == null) {
            LOG.warnf("Realm %s has no SMS gateway configured (admin console: Authpack SMS)", realm.getName());
            throw AuthingError.TEMPORARY_FAILURE.exception("SMS is not configured for this realm");
        }
        SmsSender sender = session.getProvider(SmsSender.class, id);
        if (sender == null) {
            LOG.warnf("Realm %s selects SMS gateway '%s', which is not available on this server", realm.getName(), id);
            throw AuthingError.TEMPORARY_FAILURE.exception("SMS is not available");
        }
        return sender;
    }

    /** 2231 unless {@code scene} is one of {@link #SCENES}. */
    public static void requireScene(String scene) {
        if (scene == null || !SCENES.contains(scene)) {
            throw AuthingError.BAD_PARAMETER.exception("scene must be one of " + SCENES);
        }
    }
}
