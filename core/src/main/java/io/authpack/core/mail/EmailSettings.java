package io.authpack.core.mail;

import io.authpack.core.code.CodePolicy;
import io.authpack.core.settings.PageSettings;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.RealmModel;

/**
 * A realm's email-code configuration (admin console page "Authpack email"): which sender, and the
 * code and rate limits. The mail itself goes through the realm's own SMTP settings (Realm settings →
 * Email), so there is no second set of mail credentials to manage.
 */
public final class EmailSettings {
    public static final String SENDER = "sender";
    public static final String CODE_LENGTH = "codeLength";
    public static final String CODE_TTL = "codeTtlSeconds";
    public static final String MAX_ATTEMPTS = "maxAttempts";
    public static final String RESEND_COOLDOWN = "resendCooldownSeconds";
    public static final String PER_EMAIL_HOURLY = "perEmailHourly";
    public static final String PER_IP_HOURLY = "perIpHourly";
    public static final String VERIFY_OLD_EMAIL = "verifyOldEmail";

    private final ComponentModel model;

    private EmailSettings(ComponentModel model) {
        this.model = model;
    }

    public static EmailSettings of(RealmModel realm) {
        return new EmailSettings(PageSettings.component(realm, EmailSettingsPageFactory.ID));
    }

    /** The mail sender; {@code smtp} (the realm's SMTP server) unless the page says otherwise. */
    public String sender() {
        String value = PageSettings.text(model, SENDER);
        return value == null ? SmtpMailSenderFactory.ID : value;
    }

    /** updateEmail must also prove the current address (Authing's changeEmailStrategy.verifyOldEmail); on by default. */
    public boolean verifyOldEmail() {
        String value = PageSettings.text(model, VERIFY_OLD_EMAIL);
        return value == null || Boolean.parseBoolean(value);
    }

    public int codeTtlSeconds() {
        return PageSettings.bounded(model, CODE_TTL, 600, 30, 86_400);
    }

    public CodePolicy policy() {
        return new CodePolicy(PageSettings.bounded(model, CODE_LENGTH, 6, 4, 10), codeTtlSeconds(),
                PageSettings.bounded(model, MAX_ATTEMPTS, 5, 1, 20),
                PageSettings.bounded(model, RESEND_COOLDOWN, 60, 0, 3600),
                PageSettings.bounded(model, PER_EMAIL_HOURLY, 5, 1, 10_000),
                PageSettings.bounded(model, PER_IP_HOURLY, 20, 1, 1_000_000));
    }
}
