package io.authpack.core.sms.console;

import io.authpack.core.sms.SmsSender;
import io.authpack.core.sms.SmsSenderFactory;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.EnvironmentDependentProviderFactory;

/**
 * The development sender: prints each code to the server log instead of texting it. It exists only
 * when the server is started with {@code --spi-authpack-sms-sender--console--enabled=true} (the dev
 * run does), so a production realm cannot select it by mistake, and it warns loudly at start-up.
 */
public final class ConsoleSmsSenderFactory implements SmsSenderFactory, EnvironmentDependentProviderFactory {
    public static final String ID = "console";
    private static final Logger LOG = Logger.getLogger(ConsoleSmsSenderFactory.class);

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayName() {
        return "Console (development only)";
    }

    @Override
    public boolean isSupported(Config.Scope config) {
        return config.getBoolean("enabled", false);
    }

    @Override
    public void init(Config.Scope config) {
        LOG.warn("!!! Authpack console SMS sender is ENABLED: verification codes are written to the server log. "
                + "Never enable it outside development. !!!");
    }

    @Override
    public SmsSender create(KeycloakSession session) {
        return new ConsoleSmsSender();
    }
}
