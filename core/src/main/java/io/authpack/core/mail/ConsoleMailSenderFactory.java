package io.authpack.core.mail;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.EnvironmentDependentProviderFactory;

/**
 * The development mail sender: prints {@code [authpack-dev-mail] to=<address> scene=<scene> code=<code>}.
 * It exists only with {@code --spi-authpack-mail-sender--console--enabled=true} and warns at start-up.
 */
public final class ConsoleMailSenderFactory implements MailSenderFactory, EnvironmentDependentProviderFactory {
    public static final String ID = "console";
    private static final Logger LOG = Logger.getLogger(ConsoleMailSenderFactory.class);
    private static final Logger DEV = Logger.getLogger("authpack.dev.mail");

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public boolean isSupported(Config.Scope config) {
        return config.getBoolean("enabled", false);
    }

    @Override
    public void init(Config.Scope config) {
        LOG.warn("!!! Authpack console mail sender is ENABLED: email codes are written to the server log. "
                + "Never enable it outside development. !!!");
    }

    @Override
    public MailSender create(KeycloakSession session) {
        return (to, scene, code, subject, text) -> DEV.infof("[authpack-dev-mail] to=%s scene=%s code=%s", to, scene, code);
    }
}
