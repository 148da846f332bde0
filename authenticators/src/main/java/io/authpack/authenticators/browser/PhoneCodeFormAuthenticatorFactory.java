package io.authpack.authenticators.browser;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Registers {@link PhoneCodeFormAuthenticator} as "Authpack phone + SMS code" for browser flows.
 * The login page's "Try Another Way" list names it with the messages
 * {@code authpack-phone-code-form-display-name} and {@code -help-text}.
 */
public final class PhoneCodeFormAuthenticatorFactory implements AuthenticatorFactory {
    public static final String ID = "authpack-phone-code-form";
    private static final PhoneCodeFormAuthenticator INSTANCE = new PhoneCodeFormAuthenticator();

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Authpack phone + SMS code";
    }

    @Override
    public String getReferenceCategory() {
        return "sms";
    }

    @Override
    public String getHelpText() {
        return "Browser form: the user enters a mobile number, receives a code by SMS (the realm's Authpack SMS settings) "
                + "and enters it. Numbers without an account are never texted and never revealed.";
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENT_CHOICES;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return INSTANCE;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
