package io.authpack.core.sms.twilio;

import io.authpack.core.sms.SmsSender;
import io.authpack.core.sms.SmsSenderFactory;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;

/**
 * Twilio Programmable Messaging: Authpack makes and checks the code, Twilio only texts it. Each
 * realm brings its own account in its SMS settings; the server option
 * {@code --spi-authpack-sms-sender--twilio--base-url} sends the API calls elsewhere (tests, proxy).
 */
public final class TwilioSmsSenderFactory implements SmsSenderFactory {
    public static final String ID = "twilio";

    private String baseUrl;

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayName() {
        return "Twilio Programmable Messaging";
    }

    @Override
    public void init(Config.Scope config) {
        baseUrl = TwilioGateway.baseUrl(config, ID);
    }

    @Override
    public SmsSender create(KeycloakSession session) {
        return new TwilioSmsSender(baseUrl);
    }
}
