package io.authpack.authenticators.browser;

import io.authpack.authenticators.AuthpackAuthenticatorFactory;

/**
 * Registers {@link PhoneCodeFormAuthenticator} as "Authpack phone + SMS code" for browser flows.
 * The login page's "Try Another Way" list names it with the messages
 * {@code authpack-phone-code-form-display-name} and {@code -help-text}.
 */
public final class PhoneCodeFormAuthenticatorFactory extends AuthpackAuthenticatorFactory {
    public static final String ID = "authpack-phone-code-form";

    public PhoneCodeFormAuthenticatorFactory() {
        super(ID, "Authpack phone + SMS code", "sms",
                "Browser form: the user enters a mobile number, receives a code by SMS (the realm's Authpack SMS settings) "
                        + "and enters it. Numbers without an account are never texted and never revealed.",
                new PhoneCodeFormAuthenticator());
    }
}
