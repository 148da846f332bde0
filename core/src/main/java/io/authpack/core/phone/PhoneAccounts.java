package io.authpack.core.phone;

import java.time.Instant;
import java.util.function.Supplier;

import io.authpack.core.error.AuthingError;
import io.authpack.core.user.UserAttributes;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Which user a phone number belongs to, and the one way a number is put on or taken off a user.
 *
 * <p>The database has no unique key on attributes, so changes that give a number to a user run
 * under a short cluster-wide claim on that number (a {@code putIfAbsent} in the single-use store):
 * two requests racing for one number on any nodes cannot both pass the "is it free?" check.
 */
public final class PhoneAccounts {
    private static final int CLAIM_SECONDS = 30;

    private final KeycloakSession session;
    private final RealmModel realm;

    public PhoneAccounts(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public UserModel findByPhone(String e164) {
        return session.users().searchForUserByUserAttributeStream(realm, UserAttributes.PHONE_NUMBER, e164)
                .findFirst().orElse(null);
    }

    /**
     * Runs {@code change} while holding the claim on {@code e164}, after checking nobody else has
     * the number; 409 / 2035 when it is taken or being claimed right now.
     */
    public <T> T whileClaimed(String e164, UserModel claimant, Supplier<T> change) {
        String key = "authpack.phone-claim." + realm.getId() + "." + e164;
        if (!session.singleUseObjects().putIfAbsent(key, CLAIM_SECONDS)) {
            throw AuthingError.PHONE_BOUND.exception();
        }
        try {
            UserModel owner = findByPhone(e164);
            if (owner != null && (claimant == null || !owner.getId().equals(claimant.getId()))) {
                throw AuthingError.PHONE_BOUND.exception();
            }
            return change.get();
        } finally {
            session.singleUseObjects().remove(key);
        }
    }

    /** Gives the number to the user. */
    public void assign(UserModel user, String e164, boolean verified) {
        user.setSingleAttribute(UserAttributes.PHONE_NUMBER, e164);
        user.setSingleAttribute(UserAttributes.PHONE_NUMBER_VERIFIED, Boolean.toString(verified));
        user.setSingleAttribute(UserAttributes.PHONE_COUNTRY_CODE, PhoneNumbers.countryCode(e164));
        touch(user);
    }

    public void clear(UserModel user) {
        user.removeAttribute(UserAttributes.PHONE_NUMBER);
        user.removeAttribute(UserAttributes.PHONE_NUMBER_VERIFIED);
        user.removeAttribute(UserAttributes.PHONE_COUNTRY_CODE);
        touch(user);
    }

    private static void touch(UserModel user) {
        user.setSingleAttribute(UserAttributes.UPDATED_AT, String.valueOf(Instant.now().getEpochSecond()));
    }
}
