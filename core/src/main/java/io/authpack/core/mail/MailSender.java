package io.authpack.core.mail;

import org.keycloak.provider.Provider;

/** Delivers a code mail: the realm's SMTP server in production, the log in development. */
public interface MailSender extends Provider {

    /**
     * @param to      the address
     * @param scene   Authing's email scene (RESET_PASSWORD, VERIFY_EMAIL, ...)
     * @param code    the code; never logged outside the console sender
     * @param subject the localized subject
     * @param text    the localized text, code included
     */
    void send(String to, String scene, String code, String subject, String text);

    @Override
    default void close() {
    }
}
