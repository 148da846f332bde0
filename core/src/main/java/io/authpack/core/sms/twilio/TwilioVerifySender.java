package io.authpack.core.sms.twilio;

import java.util.Locale;
import java.util.Set;

import com.twilio.exception.ApiException;
import com.twilio.rest.verify.v2.service.Verification;
import com.twilio.rest.verify.v2.service.VerificationCheck;
import com.twilio.rest.verify.v2.service.VerificationCreator;
import io.authpack.core.sms.SmsMessage;
import io.authpack.core.sms.SmsSender;
import io.authpack.core.sms.SmsSettings;

/**
 * Twilio Verify makes the code, texts it in its own template and checks it; Authpack never sees
 * the code it sent and only keeps the limits. The text's language follows the user's locale when
 * Verify has a template for it, and otherwise Verify's choice by the number's country.
 */
final class TwilioVerifySender implements SmsSender {
    /** Languages of Verify's SMS templates that a bare ISO 639 code selects. */
    private static final Set<String> LANGUAGES = Set.of("af", "ar", "ca", "cs", "da", "de", "el", "en", "es", "et",
            "fi", "fr", "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "ms", "nb", "nl", "pl", "pt", "ro",
            "ru", "sv", "th", "tl", "tr", "uk", "vi", "zh");

    private final String baseUrl;

    TwilioVerifySender(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public boolean verifiesCodes() {
        return true;
    }

    @Override
    public void send(SmsSettings settings, SmsMessage message) {
        String accountSid = TwilioGateway.required(settings, SmsSettings.TWILIO_ACCOUNT_SID);
        String authToken = TwilioGateway.required(settings, SmsSettings.TWILIO_AUTH_TOKEN);
        String service = TwilioGateway.required(settings, SmsSettings.TWILIO_VERIFY_SERVICE_SID);
        VerificationCreator creator = Verification.creator(service, message.to(), "sms");
        String language = language(message.locale());
        if (language != null) {
            creator.setLocale(language);
        }
        try (TwilioHttpClient http = new TwilioHttpClient(baseUrl)) {
            creator.create(http.restClient(accountSid, authToken));
        } catch (RuntimeException e) {
            throw TwilioGateway.failure("Verify start", e);
        }
    }

    /** True only when Verify approves; a verification Verify no longer knows (expired, used up) is a wrong code. */
    @Override
    public boolean check(SmsSettings settings, String to, String code) {
        String accountSid = TwilioGateway.required(settings, SmsSettings.TWILIO_ACCOUNT_SID);
        String authToken = TwilioGateway.required(settings, SmsSettings.TWILIO_AUTH_TOKEN);
        String service = TwilioGateway.required(settings, SmsSettings.TWILIO_VERIFY_SERVICE_SID);
        try (TwilioHttpClient http = new TwilioHttpClient(baseUrl)) {
            VerificationCheck check = VerificationCheck.creator(service).setTo(to).setCode(code)
                    .create(http.restClient(accountSid, authToken));
            return "approved".equals(check.getStatus());
        } catch (ApiException e) {
            if (isNotFound(e)) {
                return false;
            }
            throw TwilioGateway.failure("Verify check", e);
        } catch (RuntimeException e) {
            throw TwilioGateway.failure("Verify check", e);
        }
    }

    private static boolean isNotFound(ApiException e) {
        return Integer.valueOf(404).equals(e.getStatusCode()) || Integer.valueOf(20404).equals(e.getCode());
    }

    private static String language(Locale locale) {
        if (locale == null) {
            return null;
        }
        String language = switch (locale.getLanguage()) {
            case "iw" -> "he";
            case "in" -> "id";
            case "no", "nn" -> "nb";
            default -> locale.getLanguage();
        };
        return LANGUAGES.contains(language) ? language : null;
    }
}
