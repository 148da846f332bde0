package io.authpack.rest.admin;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Per-request provider of the admin API at {@code /admin/realms/{realm}/authpack}. */
public final class AuthpackAdminResourceProvider implements AdminRealmResourceProvider {
    @Override
    public Object getResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        return new SetupResource(session, realm, auth, adminEvent);
    }

    @Override
    public void close() {
    }
}
