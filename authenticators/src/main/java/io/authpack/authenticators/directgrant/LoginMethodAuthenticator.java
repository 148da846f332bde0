package io.authpack.authenticators.directgrant;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.authpack.authenticators.OAuthErrorResponses;
import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import io.authpack.core.captcha.CaptchaService;
import io.authpack.core.directory.DirectoryAccounts;
import io.authpack.core.login.LoginIdentifier;
import io.authpack.core.registration.Registration;
import io.authpack.core.phone.PhoneAccounts;
import io.authpack.core.sms.SmsCodeService;
import io.authpack.core.registration.RegistrationService;
import io.authpack.core.udf.UserDefinedFields;
import io.authpack.core.setup.AuthpackRealmSettings;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;

/**
 * The Authpack step of the direct-grant flow: reads {@code login_method} from the token request and
 * logs the user in by that method, so every Authing login runs through Keycloak's token endpoint
 * with its client authentication, brute-force protection, events and required-action checks.
 *
 * <p>Wrong credentials go through {@link AuthenticationFlowContext#failure} with the attempted user
 * set, so Keycloak's per-user brute-force protector counts them. A disabled or locked account is
 * answered with {@code forceChallenge}, as Keycloak's own steps do, so that logins racing a lockout
 * (one user on several devices) do not extend it. An unknown user answers exactly like a
 * wrong password (2333) unless the realm turns on {@code authpack.revealUserExistence}.
 *
 * <p>Stateless; Keycloak creates one per request.
 */
public final class LoginMethodAuthenticator implements Authenticator {
    static final String LOGIN_METHOD = "login_method";
    static final String PHONE_CODE = "phone_code";
    static final String PHONE_COUNTRY_CODE = "phone_country_code";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PARAM_LENGTH = 4096;

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        try {
            Map<String, String> customData = checkPassThroughParameters(context.getSession(), form);
            String clientIp = clientIp(context, form);
            context.getEvent().ipAddress(clientIp);
            new CaptchaService(context.getSession(), context.getRealm())
                    .check(clientIp, form.getFirst("captcha_id"), form.getFirst("captcha_code"));
            String method = form.getFirst(LOGIN_METHOD);
            if (PHONE_CODE.equals(method)) {
                phoneCodeLogin(context, form, customData);
            } else {
                passwordLogin(context, form, identifier(method == null ? LoginIdentifier.USERNAME.method() : method), customData);
            }
        } catch (AuthpackException e) {
            context.getEvent().error(Errors.INVALID_REQUEST);
            context.forceChallenge(OAuthErrorResponses.of(e));
        }
    }

    private void passwordLogin(AuthenticationFlowContext context, MultivaluedMap<String, String> form, LoginIdentifier identifier,
                               Map<String, String> customData) {
        String rawIdentifier = required(form, identifier.parameter());
        String password = required(form, "password");
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        String value = identifier.normalize(session, realm, rawIdentifier, form.getFirst(PHONE_COUNTRY_CODE));
        context.getEvent().detail(Details.USERNAME, value).detail(Details.AUTH_METHOD, "authpack-" + identifier.method());
        UserModel user = identifier.find(session, realm, value);
        String clientId = context.getAuthenticationSession().getClient().getClientId();
        Registration registration = identifier.registration(value, password, clientId);
        if (user == null && registration != null && "true".equalsIgnoreCase(form.getFirst("auto_register"))) {
            user = new RegistrationService(session, realm).register(registration);
            context.getEvent().detail(Details.REGISTER_METHOD, "authpack-auto-register");
        }
        if (user == null) {
            spendOneHash(session, realm, password);
            refuseUnknownUser(context);
            return;
        }
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, user.getUsername());
        context.getEvent().user(user);
        if (refusedAsLocked(context, user)) {
            return;
        }
        if (!passwordMatches(context, identifier, user, password)) {
            context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            recordFailure(context);
            context.failure(AuthenticationFlowError.INVALID_CREDENTIALS,
                    OAuthErrorResponses.of(AuthingError.WRONG_CREDENTIALS, AuthingError.WRONG_CREDENTIALS.defaultMessage()));
            return;
        }
        succeed(context, user, customData);
    }

    /**
     * phone + SMS code. The account's lock is checked before the code, so a locked account does not
     * burn codes; a wrong code is a failure of that account for brute-force protection.
     */
    private void phoneCodeLogin(AuthenticationFlowContext context, MultivaluedMap<String, String> form, Map<String, String> customData) {
        String phone = required(form, "phone");
        String code = required(form, "code");
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        SmsCodeService sms = new SmsCodeService(session, realm);
        String e164 = sms.toE164(phone, form.getFirst(PHONE_COUNTRY_CODE));
        context.getEvent().detail(Details.USERNAME, e164).detail(Details.AUTH_METHOD, "authpack-" + PHONE_CODE);
        UserModel user = new PhoneAccounts(session, realm).findByPhone(e164);
        if (user != null) {
            context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, user.getUsername());
            context.getEvent().user(user);
            if (refusedAsLocked(context, user)) {
                return;
            }
        }
        try {
            sms.verify(e164, "login", code);
        } catch (AuthpackException e) {
            context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            recordFailure(context);
            context.failure(AuthenticationFlowError.INVALID_CREDENTIALS, OAuthErrorResponses.of(e));
            return;
        }
        if (user == null) {
            refuseUnknownUser(context);
            return;
        }
        succeed(context, user, customData);
    }

    /** The password check; for directory users it is a bind, and an unreachable directory is 503 / 1000. */
    private static boolean passwordMatches(AuthenticationFlowContext context, LoginIdentifier identifier, UserModel user, String password) {
        try {
            return user.credentialManager().isValid(UserCredentialModel.password(password));
        } catch (ModelException e) {
            if (identifier.directory() == null) {
                throw e;
            }
            throw new DirectoryAccounts(context.getSession(), context.getRealm()).unreachable(identifier.directory(), e);
        }
    }

    /** Logs the user in, writing the login's custom_data to the user-defined fields first. */
    private static void succeed(AuthenticationFlowContext context, UserModel user, Map<String, String> customData) {
        if (!customData.isEmpty()) {
            new UserDefinedFields(context.getSession()).write(user, customData);
        }
        context.setUser(user);
        context.success();
    }

    /** 2333 like a wrong password, so the answer does not say whether the account exists (2004 if the realm opts in). */
    private static void refuseUnknownUser(AuthenticationFlowContext context) {
        recordFailure(context);
        context.getEvent().error(Errors.USER_NOT_FOUND);
        AuthingError error = AuthpackRealmSettings.revealUserExistence(context.getRealm())
                ? AuthingError.USER_NOT_FOUND : AuthingError.WRONG_CREDENTIALS;
        context.failure(AuthenticationFlowError.INVALID_USER, OAuthErrorResponses.of(error, error.defaultMessage()));
    }

    /** Answers 2005 for a disabled or temporarily locked account, without counting another failure. */
    private static boolean refusedAsLocked(AuthenticationFlowContext context, UserModel user) {
        if (!user.isEnabled()) {
            context.getEvent().error(Errors.USER_DISABLED);
            context.forceChallenge(OAuthErrorResponses.of(AuthingError.ACCOUNT_LOCKED, "Account is disabled"));
            return true;
        }
        RealmModel realm = context.getRealm();
        if (realm.isBruteForceProtected() && context.getProtector().isTemporarilyDisabled(context.getSession(), realm, user)) {
            context.getEvent().error(Errors.USER_TEMPORARILY_DISABLED);
            context.forceChallenge(OAuthErrorResponses.of(AuthingError.ACCOUNT_LOCKED, "Account is temporarily locked after repeated failures"));
            return true;
        }
        return false;
    }

    /**
     * Hashes the password once when no user matched, so an unknown account costs as much time as a
     * wrong password and response times do not reveal which accounts exist.
     */
    private static void spendOneHash(KeycloakSession session, RealmModel realm, String password) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        String algorithm = policy.getHashAlgorithm();
        PasswordHashProvider hash = algorithm == null
                ? session.getProvider(PasswordHashProvider.class)
                : session.getProvider(PasswordHashProvider.class, algorithm);
        if (hash != null) {
            hash.encodedCredential(password, policy.getHashIterations());
        }
    }

    /**
     * The end user's address: {@code client_ip} only from a confidential client trusted to pass it (a
     * backend seeing the user's address), else the connection's; anyone else could forge it. It is the
     * address of the login event (lastIP) and of the captcha's failure count.
     */
    private static String clientIp(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        String clientIp = form.getFirst("client_ip");
        if (clientIp != null && AuthpackRealmSettings.trustsClientIp(context.getAuthenticationSession().getClient())) {
            return clientIp.trim();
        }
        return context.getConnection().getRemoteAddr();
    }

    /** A failed login counts towards the captcha threshold of the caller's IP. */
    private static void recordFailure(AuthenticationFlowContext context) {
        new CaptchaService(context.getSession(), context.getRealm())
                .recordFailure(clientIp(context, context.getHttpRequest().getDecodedFormParameters()));
    }

    /**
     * context and custom_data are checked before anything else, so pipelines and user-defined fields
     * never see malformed input; custom_data is checked against the realm's field definitions and
     * its values are written only once the login has succeeded.
     *
     * @return the encoded custom_data values (empty when none were given)
     */
    private static Map<String, String> checkPassThroughParameters(KeycloakSession session, MultivaluedMap<String, String> form) {
        String context = form.getFirst("context");
        if (context != null && jsonObject(context, "context") == null) {
            throw AuthingError.BAD_PARAMETER.exception("context must be a JSON object");
        }
        String customData = form.getFirst("custom_data");
        if (customData == null) {
            return Map.of();
        }
        JsonNode values = jsonObject(customData, "custom_data");
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        values.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        return fields.isEmpty() ? Map.of() : new UserDefinedFields(session).encode(fields);
    }

    private static JsonNode jsonObject(String value, String name) {
        if (value.length() > MAX_PARAM_LENGTH * 4) {
            throw AuthingError.BAD_PARAMETER.exception(name + " is too long");
        }
        try {
            JsonNode node = JSON.readTree(value);
            if (node == null || !node.isObject()) {
                throw AuthingError.BAD_PARAMETER.exception(name + " must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw AuthingError.BAD_PARAMETER.exception(name + " must be a JSON object");
        }
    }

    private static LoginIdentifier identifier(String method) {
        for (LoginIdentifier identifier : LoginIdentifier.values()) {
            if (identifier.method().equals(method.toLowerCase(Locale.ROOT))) {
                return identifier;
            }
        }
        throw AuthingError.BAD_PARAMETER.exception("Unsupported login_method '" + truncate(method) + "'");
    }

    private static String required(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        if (value == null || value.isEmpty()) {
            throw AuthingError.BAD_PARAMETER.exception(name + " is required");
        }
        if (value.length() > MAX_PARAM_LENGTH) {
            throw AuthingError.BAD_PARAMETER.exception(name + " is too long");
        }
        return value;
    }

    private static String truncate(String value) {
        String printable = value.replaceAll("[^\\p{Alnum}_-]", "?");
        return printable.length() > 32 ? printable.substring(0, 32) : printable;
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
