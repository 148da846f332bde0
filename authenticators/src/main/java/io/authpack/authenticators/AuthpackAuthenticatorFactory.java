package io.authpack.authenticators;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * What every Authpack authenticator factory shares: a stateless authenticator instance, no user
 * setup, no configuration unless a subclass declares some, and ALTERNATIVE / REQUIRED / DISABLED
 * as choices. Subclasses name the step and describe it.
 */
public abstract class AuthpackAuthenticatorFactory implements AuthenticatorFactory {
    private final String id;
    private final String displayType;
    private final String referenceCategory;
    private final String helpText;
    private final Authenticator instance;

    protected AuthpackAuthenticatorFactory(String id, String displayType, String referenceCategory, String helpText,
                                           Authenticator instance) {
        this.id = id;
        this.displayType = displayType;
        this.referenceCategory = referenceCategory;
        this.helpText = helpText;
        this.instance = instance;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDisplayType() {
        return displayType;
    }

    @Override
    public String getReferenceCategory() {
        return referenceCategory;
    }

    @Override
    public String getHelpText() {
        return helpText;
    }

    @Override
    public boolean isConfigurable() {
        return !getConfigProperties().isEmpty();
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
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
    public Authenticator create(KeycloakSession session) {
        return instance;
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
