package io.authpack.core.mail;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Authpack's SPI for code-mail delivery ({@code --spi-authpack-mail-sender--<id>--<key>} options). */
public final class MailSenderSpi implements Spi {
    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return "authpack-mail-sender";
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return MailSender.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return MailSenderFactory.class;
    }
}
