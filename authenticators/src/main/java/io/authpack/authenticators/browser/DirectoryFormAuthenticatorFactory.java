package io.authpack.authenticators.browser;

import java.util.List;
import java.util.Locale;

import io.authpack.authenticators.AuthpackAuthenticatorFactory;
import io.authpack.core.directory.DirectoryKind;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Registers "Authpack LDAP login" ({@code authpack-ldap-form}) and "Authpack AD login"
 * ({@code authpack-ad-form}) for browser flows: one factory class, one registered subclass per kind.
 */
public abstract class DirectoryFormAuthenticatorFactory extends AuthpackAuthenticatorFactory {
    private final DirectoryKind kind;

    protected DirectoryFormAuthenticatorFactory(DirectoryKind kind, String displayType, String directoryName) {
        super("authpack-" + kind.name().toLowerCase(Locale.ROOT) + "-form", displayType, PasswordCredentialModel.TYPE,
                "Browser form: username and password checked against the realm's " + directoryName
                        + " user federation only; local users and other directories' users are refused like a wrong password.",
                new DirectoryFormAuthenticator(kind));
        this.kind = kind;
    }

    /** {@code authpack-ldap-form}. */
    public static final class Ldap extends DirectoryFormAuthenticatorFactory {
        public Ldap() {
            super(DirectoryKind.LDAP, "Authpack LDAP login", "LDAP (non-AD)");
        }
    }

    /** {@code authpack-ad-form}. */
    public static final class Ad extends DirectoryFormAuthenticatorFactory {
        public Ad() {
            super(DirectoryKind.AD, "Authpack AD login", "Active Directory");
        }
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
}
