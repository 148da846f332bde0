package io.authpack.core.account;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.authpack.core.error.AuthingError;
import io.authpack.core.password.PasswordStrength;
import io.authpack.core.user.KeycloakMessages;
import io.authpack.core.user.UserAttributes;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

/**
 * updateProfile and updatePassword for the logged-in user. Profile changes go through Keycloak's
 * user profile, so the realm's validators apply exactly as in the account console; email and phone
 * change only through their verified flows.
 */
public final class AccountService {
    private final KeycloakSession session;
    private final RealmModel realm;

    public AccountService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * @param changes Keycloak attribute name to new value; a null value clears the attribute
     */
    public void updateProfile(UserModel user, Map<String, String> changes) {
        Map<String, List<String>> attributes = new HashMap<>(user.getAttributes());
        attributes.put(UserModel.USERNAME, List.of(user.getUsername()));
        if (user.getEmail() != null) {
            attributes.put(UserModel.EMAIL, List.of(user.getEmail()));
        }
        changes.forEach((name, value) -> {
            if (value != null) {
                attributes.put(name, List.of(value));
            }
        });
        UserProfile profile = session.getProvider(UserProfileProvider.class).create(UserProfileContext.USER_API, attributes, user);
        try {
            profile.update(false);
        } catch (ValidationException e) {
            ValidationException.Error first = e.getErrors().get(0);
            throw AuthingError.BAD_PARAMETER.exception(first.getAttribute() + ": "
                    + messages().format(first.getMessage(), first.getMessageParameters()));
        }
        changes.forEach((name, value) -> {
            if (value == null) {
                clear(user, name);
            }
        });
        user.setSingleAttribute(UserAttributes.UPDATED_AT, String.valueOf(Instant.now().getEpochSecond()));
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.UPDATE_PROFILE).user(user).detail(Details.CONTEXT, "authpack").success();
    }

    /** Clearing is not a validation matter, and the user profile's partial update never removes, so it is done here. */
    private static void clear(UserModel user, String attribute) {
        switch (attribute) {
            case UserModel.FIRST_NAME -> user.setFirstName(null);
            case UserModel.LAST_NAME -> user.setLastName(null);
            default -> user.removeAttribute(attribute);
        }
    }

    /**
     * Sets a new password. A user who has one must give it (2201 / 2203); a wrong old password counts
     * as a failed login for brute-force protection, so a stolen token cannot be used to guess it.
     */
    public void updatePassword(UserModel user, String newPassword, String oldPassword) {
        if (newPassword == null || newPassword.isEmpty()) {
            throw AuthingError.BAD_PARAMETER.exception("newPassword is required");
        }
        if (user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE)) {
            if (oldPassword == null || oldPassword.isEmpty()) {
                throw AuthingError.OLD_PASSWORD_REQUIRED.exception();
            }
            if (realm.isBruteForceProtected()
                    && session.getProvider(BruteForceProtector.class).isTemporarilyDisabled(session, realm, user)) {
                throw AuthingError.ACCOUNT_LOCKED.exception("Account is temporarily locked after repeated failures");
            }
            if (!user.credentialManager().isValid(UserCredentialModel.password(oldPassword))) {
                if (realm.isBruteForceProtected()) {
                    session.getProvider(BruteForceProtector.class).failedLogin(realm, user,
                            session.getContext().getConnection(), session.getContext().getUri());
                }
                throw AuthingError.OLD_PASSWORD_WRONG.exception();
            }
        }
        PolicyError error = session.getProvider(PasswordPolicyManagerProvider.class).validate(realm, user, newPassword);
        if (error != null) {
            throw AuthingError.PASSWORD_POLICY.exception(messages().format(error.getMessage(), error.getParameters()));
        }
        try {
            user.credentialManager().updateCredential(UserCredentialModel.password(newPassword, false));
        } catch (ModelException e) {
            throw AuthingError.PASSWORD_POLICY.exception(messages().format(e.getMessage(), e.getParameters()));
        }
        PasswordStrength.record(user, newPassword);
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.UPDATE_PASSWORD).user(user).detail(Details.CONTEXT, "authpack").success();
    }

    private KeycloakMessages messages() {
        return new KeycloakMessages(session, realm, Locale.ENGLISH);
    }
}
