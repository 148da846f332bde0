package io.authpack.events.loginstats;

import java.time.Instant;

import io.authpack.core.user.UserAttributes;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Keeps Authing's loginsCount, lastLogin and lastIP on the user for every successful login, by any
 * method and on any node. It runs inside the login's own transaction (success events are delivered
 * before commit), so the counters are written if and only if the login is.
 *
 * <p>Two logins of one user committing at the same instant may count once: the attribute is read
 * and written, not incremented in SQL. The counter is informational, like Authing's.
 */
public final class LoginStatsEventListener implements EventListenerProvider {
    private final KeycloakSession session;

    public LoginStatsEventListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.LOGIN || event.getUserId() == null) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
        if (user == null) {
            return;
        }
        user.setSingleAttribute(UserAttributes.LOGINS_COUNT, String.valueOf(count(user) + 1));
        user.setSingleAttribute(UserAttributes.LAST_LOGIN, Instant.ofEpochMilli(event.getTime()).toString());
        if (event.getIpAddress() != null) {
            user.setSingleAttribute(UserAttributes.LAST_IP, event.getIpAddress());
        }
    }

    private static long count(UserModel user) {
        try {
            String value = user.getFirstAttribute(UserAttributes.LOGINS_COUNT);
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
