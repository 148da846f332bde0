package io.authpack.core.sms.twilio;

import java.net.URI;
import java.util.Set;

import com.twilio.exception.ApiException;
import io.authpack.core.error.AuthpackException;
import io.authpack.core.sms.SmsDeliveryException;
import io.authpack.core.sms.SmsSettings;
import org.jboss.logging.Logger;
import org.keycloak.Config;

/** What both Twilio senders share: the server's base URL option, required settings, error mapping. */
final class TwilioGateway {
    /**
     * Twilio errors that mean this number cannot get a text: 21211 invalid To, 21408 region not
     * enabled, 21610 recipient unsubscribed (STOP), 21614 not a mobile number, 60200 invalid
     * parameter (Verify's answer to a malformed number), 60205 landline (Verify).
     */
    private static final Set<Integer> INVALID_NUMBER = Set.of(21211, 21408, 21610, 21614, 60200, 60205);
    private static final Logger LOG = Logger.getLogger(TwilioGateway.class);

    private TwilioGateway() {
    }

    /**
     * The server option {@code base-url}, without a trailing slash; null when unset.
     *
     * @throws IllegalArgumentException when it is not an http(s) URL, so a typo stops the server at
     *                                  start-up instead of failing every text
     */
    static String baseUrl(Config.Scope config, String factoryId) {
        String value = config.get("base-url");
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("spi-authpack-sms-sender--" + factoryId + "--base-url is not a URL");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("spi-authpack-sms-sender--" + factoryId
                    + "--base-url must be an http(s) URL without query");
        }
        LOG.infof("Authpack SMS gateway %s sends Twilio API requests to %s://%s%s instead of Twilio", factoryId,
                uri.getScheme(), uri.getHost(), uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return url;
    }

    /** A realm setting the gateway cannot work without; its absence is the operator's to fix, so it is logged. */
    static String required(SmsSettings settings, String key) {
        String value = settings.get(key);
        if (value == null) {
            LOG.warnf("Authpack Twilio SMS gateway: the realm's SMS setting %s is not set", key);
            throw SmsDeliveryException.unavailable();
        }
        return value;
    }

    /**
     * The refusal for a failed Twilio call. Only Twilio's numeric code, the HTTP status and the
     * exception classes are logged: Twilio's messages quote the phone number.
     */
    static AuthpackException failure(String operation, RuntimeException e) {
        Integer code = e instanceof ApiException api ? api.getCode() : null;
        if (code != null && INVALID_NUMBER.contains(code)) {
            return SmsDeliveryException.invalidNumber();
        }
        Integer status = e instanceof ApiException api ? api.getStatusCode() : null;
        LOG.warnf("Authpack Twilio %s failed: Twilio error %s, HTTP status %s, %s%s", operation, code, status,
                e.getClass().getSimpleName(), e.getCause() == null ? "" : " caused by " + e.getCause().getClass().getSimpleName());
        return SmsDeliveryException.unavailable();
    }
}
