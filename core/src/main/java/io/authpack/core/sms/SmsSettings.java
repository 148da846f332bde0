package io.authpack.core.sms;

import java.util.Optional;
import java.util.function.UnaryOperator;

import io.authpack.core.settings.PageSettings;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * A realm's SMS configuration: which gateway, its credentials, and the code and rate limits. It is
 * stored as the realm component behind the admin console page "Authpack SMS"
 * ({@link SmsSettingsPageFactory}), so it lives in the database, is the same on every node, and
 * travels with realm exports; secrets may be vault references ({@code ${vault.key}}).
 *
 * <p>Immutable snapshot; read it once per request.
 */
public final class SmsSettings {
    public static final String SENDER = "sender";
    public static final String TWILIO_ACCOUNT_SID = "twilioAccountSid";
    public static final String TWILIO_AUTH_TOKEN = "twilioAuthToken";
    public static final String TWILIO_FROM = "twilioFrom";
    public static final String TWILIO_MESSAGING_SERVICE_SID = "twilioMessagingServiceSid";
    public static final String TWILIO_VERIFY_SERVICE_SID = "twilioVerifyServiceSid";
    public static final String HTTP_URL = "httpUrl";
    public static final String HTTP_HEADER_NAME = "httpHeaderName";
    public static final String HTTP_HEADER_VALUE = "httpHeaderValue";
    public static final String CODE_LENGTH = "codeLength";
    public static final String CODE_TTL = "codeTtlSeconds";
    public static final String MAX_ATTEMPTS = "maxAttempts";
    public static final String RESEND_COOLDOWN = "resendCooldownSeconds";
    public static final String PER_PHONE_HOURLY = "perPhoneHourly";
    public static final String PER_IP_HOURLY = "perIpHourly";
    public static final String DEFAULT_REGION = "defaultRegion";
    public static final String VERIFY_OLD_PHONE = "verifyOldPhone";

    private final ComponentModel model;
    private final UnaryOperator<String> secrets;

    /**
     * @param model   the stored settings
     * @param secrets resolves a vault reference to its secret (identity when there is no vault)
     */
    public SmsSettings(ComponentModel model, UnaryOperator<String> secrets) {
        this.model = model;
        this.secrets = secrets;
    }

    /** The realm's settings; all defaults (and no sender) when the page was never saved. */
    public static SmsSettings of(KeycloakSession session, RealmModel realm) {
        ComponentModel model = PageSettings.component(realm, SmsSettingsPageFactory.ID);
        return new SmsSettings(model, value -> session.vault().getStringSecret(value).get().orElse(value));
    }

    public Optional<String> sender() {
        return Optional.ofNullable(blankToNull(model.get(SENDER)));
    }

    /** A text setting, with vault references resolved; null when unset. */
    public String get(String key) {
        String value = blankToNull(model.get(key));
        if (value == null) {
            return null;
        }
        return secrets.apply(value);
    }

    public int codeLength() {
        return bounded(CODE_LENGTH, 6, 4, 10);
    }

    public int codeTtlSeconds() {
        return bounded(CODE_TTL, 60, 5, 3600);
    }

    public int maxAttempts() {
        return bounded(MAX_ATTEMPTS, 5, 1, 20);
    }

    public int resendCooldownSeconds() {
        return bounded(RESEND_COOLDOWN, 60, 0, 3600);
    }

    public int perPhoneHourly() {
        return bounded(PER_PHONE_HOURLY, 5, 1, 10_000);
    }

    public int perIpHourly() {
        return bounded(PER_IP_HOURLY, 20, 1, 1_000_000);
    }

    /** ISO 3166 region for numbers given without a country code, or null to require one. */
    public String defaultRegion() {
        return blankToNull(model.get(DEFAULT_REGION));
    }

    public boolean verifyOldPhone() {
        String value = blankToNull(model.get(VERIFY_OLD_PHONE));
        return value == null || Boolean.parseBoolean(value);
    }

    private int bounded(String key, int fallback, int min, int max) {
        return PageSettings.bounded(model, key, fallback, min, max);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
