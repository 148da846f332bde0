package io.authpack.authenticators.directgrant;

import java.util.List;

import io.authpack.core.setup.RealmSetup;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers {@link LoginMethodAuthenticator} as "Authpack login method" in the flow editor. */
public final class LoginMethodAuthenticatorFactory implements AuthenticatorFactory {
    private static final LoginMethodAuthenticator INSTANCE = new LoginMethodAuthenticator();

    @Override
    public String getId() {
        return RealmSetup.LOGIN_METHOD_AUTHENTICATOR;
    }

    @Override
    public String getDisplayType() {
        return "Authpack login method";
    }

    @Override
    public String getReferenceCategory() {
        return "password";
    }

    @Override
    public String getHelpText() {
        return "Direct grant only. Logs in by the login_method form parameter (email, username, phone_password, "
                + "phone_code), answering with Authing error codes; supports auto_register.";
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
                AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
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
