package io.authpack.core.sms.http;

import io.authpack.core.sms.SmsSender;
import io.authpack.core.sms.SmsSenderFactory;
import org.keycloak.models.KeycloakSession;

/** A generic gateway: any SMS provider reachable by an HTTP POST of JSON. */
public final class HttpSmsSenderFactory implements SmsSenderFactory {
    public static final String ID = "http";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayName() {
        return "HTTP gateway";
    }

    @Override
    public SmsSender create(KeycloakSession session) {
        return new HttpSmsSender(session);
    }
}
