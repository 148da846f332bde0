package io.authpack.core.sms.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.authpack.core.sms.SmsDeliveryException;
import io.authpack.core.sms.SmsMessage;
import io.authpack.core.sms.SmsSender;
import io.authpack.core.sms.SmsSettings;
import org.jboss.logging.Logger;
import org.keycloak.http.simple.SimpleHttp;
import org.keycloak.http.simple.SimpleHttpRequest;
import org.keycloak.http.simple.SimpleHttpResponse;
import org.keycloak.models.KeycloakSession;

/**
 * POSTs {@code {"to","text","code","scene","locale"}} to the realm's gateway URL through Keycloak's
 * outgoing HTTP client (its proxy, timeout and trust settings apply), with an optional header for
 * the gateway's credential. 2xx is success, 400/422 means the number was refused, anything else
 * is a temporary failure. The log names the status only, never the body or the code.
 */
final class HttpSmsSender implements SmsSender {
    private static final Logger LOG = Logger.getLogger(HttpSmsSender.class);

    private final KeycloakSession session;

    HttpSmsSender(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void send(SmsSettings settings, SmsMessage message) {
        String url = settings.get(SmsSettings.HTTP_URL);
        if (url == null) {
            LOG.warn("Authpack HTTP SMS gateway has no URL configured");
            throw SmsDeliveryException.unavailable();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", message.to());
        body.put("text", message.text());
        body.put("code", message.code());
        body.put("scene", message.scene());
        body.put("locale", message.locale().toLanguageTag());
        SimpleHttpRequest request = SimpleHttp.create(session).doPost(url).json(body);
        String header = settings.get(SmsSettings.HTTP_HEADER_NAME);
        if (header != null) {
            request.header(header, settings.get(SmsSettings.HTTP_HEADER_VALUE));
        }
        int status;
        try (SimpleHttpResponse response = request.asResponse()) {
            status = response.getStatus();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Authpack HTTP SMS gateway unreachable: %s", e.getClass().getSimpleName());
            throw SmsDeliveryException.unavailable();
        }
        if (status >= 200 && status < 300) {
            return;
        }
        if (status == 400 || status == 422) {
            throw SmsDeliveryException.invalidNumber();
        }
        LOG.warnf("Authpack HTTP SMS gateway answered %d", status);
        throw SmsDeliveryException.unavailable();
    }
}
