package io.authpack.core.sms;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/**
 * A kind of SMS gateway (twilio, twilio-verify, http, console). The realm's SMS settings name the
 * factory id; server options ({@code --spi-authpack-sms-sender--<id>--<key>}) can restrict or
 * enable a kind for the whole server.
 */
public interface SmsSenderFactory extends ProviderFactory<SmsSender> {

    /** What the admin console shows for this kind. */
    String getDisplayName();

    @Override
    default void init(Config.Scope config) {
    }

    @Override
    default void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    default void close() {
    }
}
