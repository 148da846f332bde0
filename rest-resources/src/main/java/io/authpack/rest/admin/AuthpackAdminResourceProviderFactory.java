package io.authpack.rest.admin;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

/** Mounts the admin API at {@code /admin/realms/{realm}/authpack}. */
public final class AuthpackAdminResourceProviderFactory implements AdminRealmResourceProviderFactory {
    private static final AuthpackAdminResourceProvider INSTANCE = new AuthpackAdminResourceProvider();

    @Override
    public String getId() {
        return "authpack";
    }

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
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
