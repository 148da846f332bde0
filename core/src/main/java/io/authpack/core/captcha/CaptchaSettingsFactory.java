package io.authpack.core.captcha;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/**
 * Reads the server's captcha options once. {@code log-answers=true} prints each captcha's answer
 * ({@code [authpack-dev-captcha] id=… answer=…}) for development and automated tests; it warns at start-up.
 */
public final class CaptchaSettingsFactory implements ProviderFactory<CaptchaSettings> {
    private static final Logger LOG = Logger.getLogger(CaptchaSettingsFactory.class);
    private CaptchaSettings settings = new CaptchaSettings(false);

    @Override
    public CaptchaSettings create(KeycloakSession session) {
        return settings;
    }

    @Override
    public void init(Config.Scope config) {
        settings = new CaptchaSettings(config.getBoolean("log-answers", false));
        if (settings.logAnswers()) {
            LOG.warn("!!! Authpack captcha answers are written to the server log (log-answers). Never enable it outside development. !!!");
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return "default";
    }
}
