package io.authpack.core.setup;

import org.keycloak.models.ClientModel;
import org.keycloak.models.RealmModel;

/**
 * Per-realm and per-client switches that Authpack adds, stored as realm / client attributes so they
 * travel with realm exports and can be set from the admin console's attribute editors.
 */
public final class AuthpackRealmSettings {
    /** Realm attribute: answer 2004 "user not found" instead of 2333 (off by default: no enumeration). */
    public static final String REVEAL_USER_EXISTENCE = "authpack.revealUserExistence";
    /** Client attribute: a confidential client allowed to pass the end user's IP as {@code client_ip}. */
    public static final String TRUSTED_CLIENT_IP = "authpack.trustClientIp";

    private AuthpackRealmSettings() {
    }

    public static boolean revealUserExistence(RealmModel realm) {
        return Boolean.parseBoolean(realm.getAttribute(REVEAL_USER_EXISTENCE));
    }

    public static boolean trustsClientIp(ClientModel client) {
        return client != null && !client.isPublicClient() && Boolean.parseBoolean(client.getAttribute(TRUSTED_CLIENT_IP));
    }
}
