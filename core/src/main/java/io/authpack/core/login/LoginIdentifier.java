package io.authpack.core.login;

import java.util.Locale;

import io.authpack.core.directory.DirectoryAccounts;
import io.authpack.core.directory.DirectoryKind;
import io.authpack.core.error.AuthingError;
import io.authpack.core.phone.PhoneAccounts;
import io.authpack.core.registration.Registration;
import io.authpack.core.sms.SmsCodeService;
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
    EMAIL("email", "email") {
        @Override
        public String normalize(KeycloakSession session, RealmModel realm, String value, String countryCode) {
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
            return new Registration(Registration.BY_EMAIL, null, value, null, false, password, null, clientId);
        }
    },
    USERNAME("username", "username") {
        @Override
        public String normalize(KeycloakSession session, RealmModel realm, String value, String countryCode) {
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
            return new Registration(Registration.BY_USERNAME, value, null, null, false, password, null, clientId);
        }
    },
    PHONE("phone_password", "phone") {
        @Override
        public String normalize(KeycloakSession session, RealmModel realm, String value, String countryCode) {
            return new SmsCodeService(session, realm).toE164(value, countryCode);
        }

        @Override
        public UserModel find(KeycloakSession session, RealmModel realm, String value) {
            return new PhoneAccounts(session, realm).findByPhone(value);
        }

        /** Authing's autoRegister for phone + password: the phone is stored unverified, as no code proved it. */
        @Override
        public Registration registration(String value, String password, String clientId) {
            return new Registration(Registration.BY_PHONE, null, null, value, false, password, null, clientId);
        }
    },
    LDAP("ldap", "username", DirectoryKind.LDAP),
    AD("ad", "username", DirectoryKind.AD);

    /**
     * Directory usernames go into LDAP filters; Keycloak escapes them, and control characters
     * (NUL above all) are refused before any search so no directory ever sees them.
     */
    private static String directoryUsername(String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw AuthingError.BAD_PARAMETER.exception("username is malformed");
        }
        String username = value.trim();
        if (username.isEmpty() || username.length() > 255) {
            throw AuthingError.BAD_PARAMETER.exception("username is malformed");
        }
        return username;
    }

    private final String method;
    private final String parameter;
    private final DirectoryKind directory;

    LoginIdentifier(String method, String parameter) {
        this(method, parameter, null);
    }

    LoginIdentifier(String method, String parameter, DirectoryKind directory) {
        this.method = method;
        this.parameter = parameter;
        this.directory = directory;
    }

    /** The login_method value that selects this identifier. */
    public String method() {
        return method;
    }

    /** The form parameter that carries the identifier. */
    public String parameter() {
        return parameter;
    }

    /**
     * Trims and checks syntax; throws 2003 / 2231 for values no user could have.
     *
     * @param countryCode Authing's phoneCountryCode, used by phone identifiers only
     */
    public String normalize(KeycloakSession session, RealmModel realm, String value, String countryCode) {
        return directoryUsername(value);
    }

    /** Finds the account; for the directory identifiers, only among users of that kind of directory. */
    public UserModel find(KeycloakSession session, RealmModel realm, String value) {
        return new DirectoryAccounts(session, realm).find(directory, value, null);
    }

    /** The registration that auto_register performs for an unknown identifier, or null where there is none. */
    public Registration registration(String value, String password, String clientId) {
        return null;
    }

    /** The directory this identifier logs in through, or null for local accounts. */
    public DirectoryKind directory() {
        return directory;
    }
}
