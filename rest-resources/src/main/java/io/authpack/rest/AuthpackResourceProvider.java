package io.authpack.rest;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** Per-request provider of {@link AuthpackResource}. */
public final class AuthpackResourceProvider implements RealmResourceProvider {
    private final KeycloakSession session;

    public AuthpackResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new AuthpackResource(session);
    }

    @Override
    public void close() {
    }
}
