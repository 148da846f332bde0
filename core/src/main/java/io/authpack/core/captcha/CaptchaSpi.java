package io.authpack.core.captcha;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Carries the server's captcha options ({@code authpack-captcha}). */
public final class CaptchaSpi implements Spi {
    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return "authpack-captcha";
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return CaptchaSettings.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return CaptchaSettingsFactory.class;
    }
}
