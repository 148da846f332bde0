package io.authpack.events.loginstats;

import io.authpack.core.setup.RealmSetup;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** The realm event listener "authpack"; realm setup adds it to the realm's listeners. */
public final class LoginStatsEventListenerFactory implements EventListenerProviderFactory {
    @Override
    public String getId() {
        return RealmSetup.EVENT_LISTENER;
    }

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new LoginStatsEventListener(session);
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
