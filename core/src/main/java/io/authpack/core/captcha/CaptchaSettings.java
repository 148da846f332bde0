package io.authpack.core.captcha;

import org.keycloak.provider.Provider;

/** Server-wide captcha options ({@code --spi-authpack-captcha--default--<key>}). */
public record CaptchaSettings(boolean logAnswers) implements Provider {
    @Override
    public void close() {
    }
}
