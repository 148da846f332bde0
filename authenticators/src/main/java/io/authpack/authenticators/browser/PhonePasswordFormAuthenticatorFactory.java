package io.authpack.authenticators.browser;

import io.authpack.authenticators.AuthpackAuthenticatorFactory;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Registers {@link PhonePasswordFormAuthenticator} as "Authpack phone + password" for browser flows.
 * The login page's "Try Another Way" list names it with the messages
 * {@code authpack-phone-password-form-display-name} and {@code -help-text}.
 */
public final class PhonePasswordFormAuthenticatorFactory extends AuthpackAuthenticatorFactory {
    public static final String ID = "authpack-phone-password-form";

    public PhonePasswordFormAuthenticatorFactory() {
        super(ID, "Authpack phone + password", PasswordCredentialModel.TYPE,
                "Browser form: the user enters a mobile number and the account's password. An unknown number gets the "
                        + "same answer as a wrong password.",
                new PhonePasswordFormAuthenticator());
    }
}
