package io.authpack.core.directory;

import java.util.Set;
import java.util.stream.Collectors;

import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import org.jboss.logging.Logger;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.component.ComponentFactory;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.storage.UserStorageProvider;
import org.keycloak.storage.UserStorageProviderModel;
import org.keycloak.storage.user.UserLookupProvider;

/**
 * Finds the account a directory login means: the user must come from one of the realm's
 * federation providers of that kind (or the one the realm or the form pins). A local user, or one
 * from another directory, is not found, so the login answers exactly as for a wrong password.
 *
 * <p>The lookup is Keycloak's own federated lookup, so a first login imports the user as Keycloak's
 * LDAP federation does, and Keycloak's LDAP layer escapes the username in the search filter. An
 * unreachable directory is a 503 / 1000 with a log line naming the provider.
 */
public final class DirectoryAccounts {
    private static final Logger LOG = Logger.getLogger(DirectoryAccounts.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    public DirectoryAccounts(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * @param pinned a provider id or display name from the flow's config, or null for the realm's setting
     */
    public UserModel find(DirectoryKind kind, String username, String pinned) {
        Set<String> allowed = providers(kind, pinned);
        if (allowed.isEmpty()) {
            return null;
        }
        UserModel user;
        try {
            user = session.users().getUserByUsername(realm, username);
        } catch (ModelException e) {
            throw unreachable(kind, e);
        }
        if (user != null && user.getFederationLink() != null && allowed.contains(user.getFederationLink())) {
            return user;
        }
        if (user == null) {
            confirmReachable(kind, allowed, username);
        }
        return null;
    }

    /**
     * Keycloak's federated lookup skips a provider it cannot reach and answers "no such user"; asking
     * the directories of this kind directly tells an outage (503) from an unknown username.
     */
    private void confirmReachable(DirectoryKind kind, Set<String> allowed, String username) {
        for (String componentId : allowed) {
            try {
                if (provider(componentId) instanceof UserLookupProvider lookup) {
                    lookup.getUserByUsername(realm, username);
                }
            } catch (RuntimeException e) {
                throw unreachable(kind, e);
            }
        }
    }

    /** The session's instance of a federation provider, as Keycloak's storage manager keeps it, or a new one. */
    private Object provider(String componentId) {
        Object instance = session.getAttribute(componentId);
        if (instance != null) {
            return instance;
        }
        ComponentModel model = realm.getComponent(componentId);
        ProviderFactory<UserStorageProvider> factory = session.getKeycloakSessionFactory()
                .getProviderFactory(UserStorageProvider.class, model.getProviderId());
        if (!(factory instanceof ComponentFactory<?, ?> componentFactory)) {
            return null;
        }
        Object created = componentFactory.create(session, new UserStorageProviderModel(model));
        if (created instanceof Provider provider) {
            session.enlistForClose(provider);
        }
        return created;
    }

    /** Logs a directory failure for the operator and turns it into 503 / 1000 for the caller. */
    public AuthpackException unreachable(DirectoryKind kind, RuntimeException cause) {
        LOG.warnf("Authpack %s login in realm %s: directory unavailable (%s: %s)", kind, realm.getName(),
                cause.getClass().getSimpleName(), rootMessage(cause));
        return AuthingError.TEMPORARY_FAILURE.exception("The directory is unavailable, please try again later");
    }

    private Set<String> providers(DirectoryKind kind, String pinned) {
        String pin = pinned != null && !pinned.isBlank() ? pinned : realm.getAttribute(kind.realmSetting());
        return realm.getComponentsStream(realm.getId(), UserStorageProvider.class.getName())
                .filter(c -> "ldap".equals(c.getProviderId()))
                .filter(kind::includes)
                .filter(c -> pin == null || pin.isBlank() || pin.equals(c.getId()) || pin.equals(c.getName()))
                .map(ComponentModel::getId)
                .collect(Collectors.toSet());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
