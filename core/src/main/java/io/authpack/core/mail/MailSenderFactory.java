package io.authpack.core.mail;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** A kind of code-mail delivery, selected by the realm's "Authpack email" page. */
public interface MailSenderFactory extends ProviderFactory<MailSender> {
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
