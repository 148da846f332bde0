package io.authpack.core.mail;

import java.util.List;
import java.util.Locale;

import io.authpack.core.code.CodeChannel;
import io.authpack.core.code.VerificationCodes;
import io.authpack.core.error.AuthingError;
import io.authpack.core.user.KeycloakMessages;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.utils.EmailValidationUtil;

/**
 * Email verification codes (sendEmail, resetPasswordByEmailCode): the same code store, limits and
 * single use as SMS codes, on their own channel, delivered by the realm's mail sender.
 *
 * <p>Not thread-safe; one instance per request.
 */
public final class EmailCodeService {
    /** Authing's EmailScene values. */
    public static final List<String> SCENES = List.of("RESET_PASSWORD", "RESET_PASSWORD_VERIFY_CODE", "VERIFY_EMAIL",
            "FIRST_EMAIL_LOGIN_VERIFY", "CONSOLE_CONDUCTED_VERIFY", "CHANGE_EMAIL", "EMAIL_BIND_VERIFY_CODE",
            "EMAIL_UNBIND_VERIFY_CODE", "MFA_VERIFY", "VERIFY_CODE", "REGISTER_VERIFY_CODE", "LOGIN_VERIFY_CODE",
            "MFA_VERIFY_CODE", "INFORMATION_COMPLETION_VERIFY_CODE");
    private static final Logger LOG = Logger.getLogger(EmailCodeService.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final EmailSettings settings;

    public EmailCodeService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.settings = EmailSettings.of(realm);
    }

    /** Lower-cased, syntax-checked address (2003 otherwise). */
    public static String normalize(String email) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!EmailValidationUtil.isValidEmail(address)) {
            throw AuthingError.BAD_EMAIL.exception();
        }
        return address;
    }

    public static void requireScene(String scene) {
        if (scene == null || !SCENES.contains(scene)) {
            throw AuthingError.BAD_PARAMETER.exception("scene must be one of " + SCENES);
        }
    }

    /**
     * Applies the limits and creates a code; mails it when {@code deliver}, so addresses without an
     * account can be treated exactly like others without anything being sent to them.
     */
    public void send(String email, String scene, String clientIp, UserModel user, boolean deliver) {
        requireScene(scene);
        MailSender sender = sender();
        VerificationCodes codes = codes();
        codes.checkSendLimits(email, clientIp);
        String code = codes.issue(email, scene);
        if (!deliver) {
            return;
        }
        Locale locale = session.getContext().resolveLocale(user);
        KeycloakMessages messages = new KeycloakMessages(session, realm, locale);
        String minutes = String.valueOf(Math.max(1, settings.codeTtlSeconds() / 60));
        String realmName = realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName();
        sender.send(email, scene, code, messages.format("authpackEmailCodeSubject", realmName),
                messages.format("authpackEmailCodeBody", code, minutes, realmName));
    }

    /** Consumes the code for {@code scene}; 2300 when none is pending, 2001 when wrong. */
    public void verify(String email, String scene, String code) {
        codes().verify(email, scene, code);
    }

    public EmailSettings settings() {
        return settings;
    }

    private VerificationCodes codes() {
        return new VerificationCodes(session, realm, CodeChannel.EMAIL, settings.policy());
    }

    private MailSender sender() {
        MailSender sender = session.getProvider(MailSender.class, settings.sender());
        if (sender == null) {
            LOG.warnf("Realm %s selects mail sender '%s', which is not available on this server", realm.getName(), settings.sender());
            throw AuthingError.TEMPORARY_FAILURE.exception("Email is not available");
        }
        return sender;
    }
}
