package io.authpack.authenticators.browser;

import java.util.List;

import io.authpack.core.directory.DirectoryKind;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Registers "Authpack LDAP login" and "Authpack AD login" for browser flows; one factory class,
 * one registered subclass per directory kind.
 */
public abstract class DirectoryFormAuthenticatorFactory implements AuthenticatorFactory {
    private final DirectoryKind kind;
    private final DirectoryFormAuthenticator instance;

    protected DirectoryFormAuthenticatorFactory(DirectoryKind kind) {
        this.kind = kind;
        this.instance = new DirectoryFormAuthenticator(kind);
    }

    /** {@code authpack-ldap-form}. */
    public static final class Ldap extends DirectoryFormAuthenticatorFactory {
        public Ldap() {
            super(DirectoryKind.LDAP);
        }
    }

    /** {@code authpack-ad-form}. */
    public static final class Ad extends DirectoryFormAuthenticatorFactory {
        public Ad() {
            super(DirectoryKind.AD);
        }
    }

    @Override
    public String getId() {
        return "authpack-" + kind.name().toLowerCase() + "-form";
    }

    @Override
    public String getDisplayType() {
        return kind == DirectoryKind.AD ? "Authpack AD login" : "Authpack LDAP login";
    }

    @Override
    public String getReferenceCategory() {
        return PasswordCredentialModel.TYPE;
    }

    @Override
    public String getHelpText() {
        return "Browser form: username and password checked against the realm's "
                + (kind == DirectoryKind.AD ? "Active Directory" : "LDAP (non-AD)")
                + " user federation only; local users and other directories' users are refused like a wrong password.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(DirectoryFormAuthenticator.PROVIDER_CONFIG).label("Directory")
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Name or id of one user federation to use; empty: every federation of this kind "
                        + "(or the realm attribute " + kind.realmSetting() + ")")
                .add().build();
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
