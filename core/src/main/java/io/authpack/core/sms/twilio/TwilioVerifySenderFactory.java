package io.authpack.core.sms.twilio;

import io.authpack.core.sms.SmsSender;
import io.authpack.core.sms.SmsSenderFactory;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;

/**
 * Twilio Verify: Twilio makes, texts and checks the code (its fraud guard and templates apply);
 * Authpack keeps the rate limits and the attempt count. The server option
 * {@code --spi-authpack-sms-sender--twilio-verify--base-url} sends the API calls elsewhere.
 */
public final class TwilioVerifySenderFactory implements SmsSenderFactory {
    public static final String ID = "twilio-verify";

    private String baseUrl;

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayName() {
        return "Twilio Verify";
    }

    @Override
    public void init(Config.Scope config) {
        baseUrl = TwilioGateway.baseUrl(config, ID);
    }

    @Override
    public SmsSender create(KeycloakSession session) {
        return new TwilioVerifySender(baseUrl);
    }
}
