package io.authpack.core.registration;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import io.authpack.core.password.PasswordStrength;
import io.authpack.core.phone.PhoneAccounts;
import io.authpack.core.sms.SmsCodeService;
import io.authpack.core.user.KeycloakMessages;
import io.authpack.core.user.UserAttributes;
import jakarta.persistence.PersistenceException;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.utils.EmailValidationUtil;

/**
 * Creates users for registerByEmail, registerByUsername and auto-registration at login.
 *
 * <p>Every check runs before anything is written, and the insert is flushed inside the call, so a
 * concurrent duplicate fails here with 2026 (the database's unique keys on username and email are
 * the arbiter across nodes) rather than as a commit error after the response. Callers roll the
 * transaction back on any {@link AuthpackException}.
 *
 * <p>Not thread-safe; one instance per request, like the {@link KeycloakSession} it wraps.
 */
public final class RegistrationService {
    private final KeycloakSession session;
    private final RealmModel realm;

    public RegistrationService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Creates the user; a phone is claimed for the duration, so no other account can take it meanwhile. */
    public UserModel register(Registration reg) {
        if (reg.phone() == null) {
            return create(reg);
        }
        return new PhoneAccounts(session, realm).whileClaimed(reg.phone(), null, () -> create(reg));
    }

    private UserModel create(Registration reg) {
        if (!realm.isRegistrationAllowed()) {
            throw AuthingError.REGISTRATION_DISABLED.exception("User registration is disabled in this realm");
        }
        String email = reg.email() == null ? null : reg.email().trim().toLowerCase(Locale.ROOT);
        if (Registration.BY_EMAIL.equals(reg.method()) && (email == null || email.isEmpty())) {
            throw AuthingError.BAD_PARAMETER.exception("email is required");
        }
        if (email != null && !EmailValidationUtil.isValidEmail(email)) {
            throw AuthingError.BAD_EMAIL.exception();
        }
        String username = reg.username() == null ? null : reg.username().trim();
        if (realm.isRegistrationEmailAsUsername() || username == null || username.isEmpty()) {
            username = email != null ? email : phoneUsername(reg.phone());
        }
        if (username == null || username.isEmpty()) {
            throw AuthingError.BAD_PARAMETER.exception("username is required");
        }
        boolean hasPassword = reg.password() != null && !reg.password().isEmpty();
        if (!hasPassword && !Registration.BY_PHONE.equals(reg.method())) {
            throw AuthingError.BAD_PARAMETER.exception("password is required");
        }
        rejectExisting(reg.method(), username, email);
        if (hasPassword) {
            checkPasswordPolicy(username, reg.password());
        }

        UserModel user = createThroughUserProfile(reg.method(), username, email, reg.attributes());
        user.setEnabled(true);
        if (hasPassword) {
            try {
                user.credentialManager().updateCredential(UserCredentialModel.password(reg.password(), false));
            } catch (ModelException e) {
                throw AuthingError.PASSWORD_POLICY.exception(messages().format(e.getMessage(), e.getParameters()));
            }
            PasswordStrength.record(user, reg.password());
        }
        if (reg.phone() != null) {
            new PhoneAccounts(session, realm).assign(user, reg.phone(), reg.phoneVerified());
        }
        user.setSingleAttribute(UserAttributes.UPDATED_AT, String.valueOf(Instant.now().getEpochSecond()));
        flush(reg.method());

        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.REGISTER)
                .client(reg.clientId())
                .user(user)
                .detail(Details.USERNAME, user.getUsername())
                .detail(Details.EMAIL, user.getEmail())
                .detail(Details.REGISTER_METHOD, "authpack-" + reg.method())
                .success();
        return user;
    }

    /**
     * registerByPhoneCode: the code proves the phone (scene "register"), then the user is created
     * while the number is claimed, so two registrations of one number cannot both succeed.
     *
     * @param reg         the registration, its phone as entered
     * @param countryCode Authing's optional phoneCountryCode
     */
    public UserModel registerByPhoneCode(Registration reg, String countryCode, String code) {
        if (!realm.isRegistrationAllowed()) {
            throw AuthingError.REGISTRATION_DISABLED.exception("User registration is disabled in this realm");
        }
        SmsCodeService sms = new SmsCodeService(session, realm);
        String e164 = sms.toE164(reg.phone(), countryCode);
        sms.verify(e164, "register", code);
        return register(new Registration(Registration.BY_PHONE, reg.username(), null, e164, true,
                reg.password(), reg.attributes(), reg.clientId()));
    }

    /** Phone-only users get the number's digits as username: unique, stable, and valid for Keycloak. */
    private static String phoneUsername(String e164) {
        return e164 == null ? null : e164.substring(1);
    }

    private void rejectExisting(String method, String username, String email) {
        if (email != null && session.users().getUserByEmail(realm, email) != null) {
            throw duplicate(method, true);
        }
        if (session.users().getUserByUsername(realm, username) != null) {
            throw duplicate(method, false);
        }
    }

    private static AuthpackException duplicate(String method, boolean emailTaken) {
        if (Registration.BY_PHONE.equals(method)) {
            return AuthingError.PHONE_BOUND.exception();
        }
        if (!emailTaken && Registration.BY_USERNAME.equals(method)) {
            return AuthingError.USERNAME_EXISTS.exception();
        }
        return AuthingError.USER_EXISTS.exception();
    }

    private void checkPasswordPolicy(String username, String password) {
        PolicyError error = session.getProvider(PasswordPolicyManagerProvider.class).validate(username, password);
        if (error != null) {
            throw AuthingError.PASSWORD_POLICY.exception(messages().format(error.getMessage(), error.getParameters()));
        }
    }

    private UserModel createThroughUserProfile(String method, String username, String email, Map<String, String> attributes) {
        Map<String, Object> all = new HashMap<>();
        if (attributes != null) {
            attributes.forEach((k, v) -> all.put(k, List.of(v)));
        }
        all.put(UserModel.USERNAME, username);
        if (email != null) {
            all.put(UserModel.EMAIL, email);
        }
        UserProfile profile = session.getProvider(UserProfileProvider.class).create(UserProfileContext.USER_API, all);
        try {
            profile.validate();
            return profile.create();
        } catch (ValidationException e) {
            throw fromValidation(method, e);
        } catch (ModelDuplicateException e) {
            throw duplicate(method, false);
        }
    }

    private AuthpackException fromValidation(String method, ValidationException e) {
        for (ValidationException.Error error : e.getErrors()) {
            String key = error.getMessage();
            if ("emailExistsMessage".equals(key)) {
                return duplicate(method, true);
            }
            if ("usernameExistsMessage".equals(key)) {
                return duplicate(method, false);
            }
            if (UserModel.EMAIL.equals(error.getAttribute())) {
                return AuthingError.BAD_EMAIL.exception();
            }
        }
        ValidationException.Error first = e.getErrors().get(0);
        return AuthingError.BAD_PARAMETER.exception(first.getAttribute() + ": "
                + messages().format(first.getMessage(), first.getMessageParameters()));
    }

    private void flush(String method) {
        try {
            session.getProvider(JpaConnectionProvider.class).getEntityManager().flush();
        } catch (PersistenceException | ModelDuplicateException e) {
            throw duplicate(method, false);
        }
    }

    private KeycloakMessages messages() {
        return new KeycloakMessages(session, realm, Locale.ENGLISH);
    }
}
