package io.authpack.core.login;

import java.util.Locale;

import io.authpack.core.error.AuthingError;
import io.authpack.core.registration.Registration;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.utils.EmailValidationUtil;

/**
 * The identifiers a password login can name a user by, each with its own lookup and syntax check.
 * Keeping them here lets the token-endpoint authenticator and later the browser forms share one
 * definition of "find the user this login means".
 */
public enum LoginIdentifier {
    EMAIL("email") {
        @Override
        public String normalize(String value) {
            String email = value.trim().toLowerCase(Locale.ROOT);
            if (!EmailValidationUtil.isValidEmail(email)) {
                throw AuthingError.BAD_EMAIL.exception();
            }
            return email;
        }

        @Override
        public UserModel find(KeycloakSession session, RealmModel realm, String value) {
            return session.users().getUserByEmail(realm, value);
        }

        @Override
        public Registration registration(String value, String password, String clientId) {
            return new Registration(Registration.BY_EMAIL, null, value, password, null, clientId);
        }
    },
    USERNAME("username") {
        @Override
        public String normalize(String value) {
            String username = value.trim();
            if (username.isEmpty() || username.length() > 255) {
                throw AuthingError.BAD_PARAMETER.exception("username is malformed");
            }
            return username;
        }

        @Override
        public UserModel find(KeycloakSession session, RealmModel realm, String value) {
            return session.users().getUserByUsername(realm, value);
        }

        @Override
        public Registration registration(String value, String password, String clientId) {
            return new Registration(Registration.BY_USERNAME, value, null, password, null, clientId);
        }
    };

    private final String parameter;

    LoginIdentifier(String parameter) {
        this.parameter = parameter;
    }

    /** The form parameter (and login_method value) that carries this identifier. */
    public String parameter() {
        return parameter;
    }

    /** Trims and checks syntax; throws 2003 / 2231 for values no user could have. */
    public abstract String normalize(String value);

    public abstract UserModel find(KeycloakSession session, RealmModel realm, String value);

    /** The registration that auto_register performs for an unknown identifier. */
    public abstract Registration registration(String value, String password, String clientId);
}
