package io.authpack.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

/**
 * End-user authentication against an Authpack-enabled Keycloak realm, with the method names, options and return
 * shapes of Authing's {@code AuthenticationClient}, so code written for Authing ports by changing the constructor.
 *
 * <p>Logins go through Keycloak's own token endpoint (password grant with Authpack's {@code login_method}); the
 * other calls use the Authpack REST API under {@code {keycloakUrl}/realms/{realm}/authpack}. Every access token the
 * client receives is verified against the realm's JWKS and issuer before it is stored.
 *
 * <p><b>Session and threads.</b> As in Authing's SDK, one instance holds one end user's session: the tokens of the
 * last successful login, register-with-login or refresh, used by {@link #getCurrentUser()}, {@link #logout()}, and
 * so on. Create one instance per end user (instances are cheap: HTTP clients and key sets are shared JVM-wide), or
 * keep a single instance for stateless calls such as {@link #checkLoginStatus(String)}. Instances are thread-safe:
 * the session is one immutable snapshot in a volatile field, so concurrent readers always see a matching access
 * token, ID token and refresh token; when two threads change the session at once, the last writer wins.
 *
 * <p><b>Errors.</b> Failures are thrown as {@link AuthingException} carrying the Authing error code; network
 * failures and timeouts are code 1000 with HTTP status 503. Calls that act on the logged-in user (bindPhone,
 * updatePhone, ...) fail with 2020 before any request when there is no token. Rate limits are code 1002 with
 * {@link AuthingException#getRetryAfterSeconds()}. The exceptions to this rule follow Authing:
 * {@link #getCurrentUser()} answers {@code null} for a missing or rejected token, and {@link #checkLoginStatus()}
 * reports invalid tokens in-band.
 */
public final class AuthenticationClient {

    /** Per-request timeout used unless a constructor says otherwise; Authing's default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private record Session(String accessToken, String idToken, String refreshToken, Long iat, Long exp) {
        static final Session NONE = new Session(null, null, null, null, null);

        String expiresAt() {
            return exp == null ? null : Instant.ofEpochSecond(exp).toString();
        }
    }

    private final String clientId;
    private final String clientSecret;
    private final Duration timeout;
    private final URI restBase;
    private final URI tokenEndpoint;
    private final URI jwksUri;
    private final Transport transport;

    private volatile TokenVerifier verifier;
    private volatile Session session = Session.NONE;
    private volatile User cachedUser;

    /**
     * A client for a public Keycloak client (no secret), e.g. a desktop or mobile app.
     *
     * @param keycloakUrl Keycloak's base URL as end users reach it, e.g. {@code https://auth.example.com}; tokens
     *                    must carry the issuer {@code {keycloakUrl}/realms/{realm}}
     * @param realm       the realm, Authing's user pool
     * @param clientId    the Keycloak client bound to the Authpack flows, Authing's app id
     */
    public AuthenticationClient(String keycloakUrl, String realm, String clientId) {
        this(keycloakUrl, realm, clientId, null, DEFAULT_TIMEOUT);
    }

    /**
     * A client for a confidential Keycloak client, e.g. a backend logging users in on their behalf. The secret is
     * sent as HTTP Basic authentication to the token endpoint and to the REST calls that name the client.
     */
    public AuthenticationClient(String keycloakUrl, String realm, String clientId, String clientSecret) {
        this(keycloakUrl, realm, clientId, clientSecret, DEFAULT_TIMEOUT);
    }

    /**
     * @param clientSecret {@code null} for a public client
     * @param timeout      connect timeout and per-request timeout of every HTTP call, including key-set downloads
     */
    public AuthenticationClient(String keycloakUrl, String realm, String clientId, String clientSecret,
                                Duration timeout) {
        requireText(keycloakUrl, "keycloakUrl");
        requireText(realm, "realm");
        requireText(clientId, "clientId");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        String base = keycloakUrl.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String realmUrl = base + "/realms/" + URLEncoder.encode(realm, StandardCharsets.UTF_8).replace("+", "%20");
        this.clientId = clientId;
        this.clientSecret = clientSecret == null || clientSecret.isEmpty() ? null : clientSecret;
        this.timeout = timeout;
        this.restBase = URI.create(realmUrl + "/authpack/");
        this.tokenEndpoint = URI.create(realmUrl + "/protocol/openid-connect/token");
        this.jwksUri = URI.create(realmUrl + "/protocol/openid-connect/certs");
        this.transport = new Transport(timeout);
        this.verifier = new TokenVerifier(jwksUri, realmUrl, timeout);
    }

    /**
     * Overrides the issuer that access tokens must carry, for deployments where this client reaches Keycloak
     * through another URL than the one Keycloak puts in tokens (e.g. an internal address while
     * {@code KC_HOSTNAME} is the public URL).
     */
    public void setExpectedIssuer(String issuer) {
        requireText(issuer, "issuer");
        this.verifier = new TokenVerifier(jwksUri, issuer, timeout);
    }


    /** Authing's {@code registerByEmail(email, password)}: creates the account; logs nobody in. */
    public User registerByEmail(String email, String password) {
        return registerByEmail(email, password, null, null);
    }

    /**
     * Authing's {@code registerByEmail}. With {@link RegisterOptions#setForceLogin forceLogin} or
     * {@link RegisterOptions#setGenerateToken generateToken} the new user is also logged in: the returned user
     * carries tokens and becomes this client's session.
     *
     * @throws AuthingException e.g. 2026 user exists, 2003 bad email, 2029 password policy, 2031 registration
     *                          disabled. If the account was created but its tokens could not be obtained, the
     *                          exception's {@code data} is the created user.
     */
    public User registerByEmail(String email, String password, RegisterProfile profile, RegisterOptions options) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("email", email);
        body.put("password", password);
        return register("register/email", body, profile, options);
    }

    /** Authing's {@code registerByUsername(username, password)}: creates the account; logs nobody in. */
    public User registerByUsername(String username, String password) {
        return registerByUsername(username, password, null, null);
    }

    /**
     * Authing's {@code registerByUsername}; see {@link #registerByEmail(String, String, RegisterProfile,
     * RegisterOptions)} for the options.
     *
     * @throws AuthingException e.g. 2034 username exists, 2029 password policy, 2031 registration disabled
     */
    public User registerByUsername(String username, String password, RegisterProfile profile,
                                   RegisterOptions options) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("username", username);
        body.put("password", password);
        return register("register/username", body, profile, options);
    }

    /**
     * Authing's {@code registerByPhoneCode(phone, code)}: creates an account without a password, proven by the SMS
     * code sent with {@link SmsScene#REGISTER}; logs nobody in.
     */
    public User registerByPhoneCode(String phone, String code) {
        return registerByPhoneCode(phone, code, null, null, null);
    }

    /** Authing's {@code registerByPhoneCode(phone, code, password)}: as above, also setting a password. */
    public User registerByPhoneCode(String phone, String code, String password) {
        return registerByPhoneCode(phone, code, password, null, null);
    }

    /**
     * Authing's {@code registerByPhoneCode}: creates an account owning {@code phone} (stored verified, in E.164),
     * proven by the SMS code sent with {@link SmsScene#REGISTER}. The number may be national when
     * {@link RegisterOptions#setPhoneCountryCode phoneCountryCode} is given. Tokens as for
     * {@link #registerByEmail(String, String, RegisterProfile, RegisterOptions)}.
     *
     * @param password {@code null} for an account that logs in by SMS code only
     * @throws AuthingException e.g. 2001 code wrong, 2300 code expired, 2035 phone already bound, 2029 password
     *                          policy, 2031 registration disabled
     */
    public User registerByPhoneCode(String phone, String code, String password, RegisterProfile profile,
                                    RegisterOptions options) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("phone", phone);
        body.put("code", code);
        putIfPresent(body, "password", password);
        putIfPresent(body, "phoneCountryCode", options != null ? options.getPhoneCountryCode() : null);
        return register("register/phone-code", body, profile, options);
    }

    private User register(String path, ObjectNode body, RegisterProfile profile, RegisterOptions options) {
        RegisterOptions opts = options != null ? options : new RegisterOptions();
        if (profile != null) {
            body.set("profile", Json.MAPPER.valueToTree(profile));
        }
        body.put("forceLogin", Boolean.TRUE.equals(opts.getForceLogin()));
        body.put("generateToken", Boolean.TRUE.equals(opts.getGenerateToken()));
        if (opts.getClientIp() != null) {
            body.put("clientIp", opts.getClientIp());
        }
        putMap(body, "customData", opts.getCustomData());
        putMap(body, "context", opts.getContext());
        body.put("clientId", clientId);

        Transport.Response response = transport.postJson(rest(path), body, clientAuthorization());
        if (!response.ok()) {
            throw Errors.restError(response);
        }
        User user = readUser(response);
        String loginCode = user.getLoginCode();
        if (loginCode != null && !loginCode.isEmpty()) {
            Session issued;
            try {
                issued = requestTokens(TokenForms.loginCodeGrant(clientId, loginCode), Errors.CODE_EXPIRED);
            } catch (AuthingException e) {
                user.setLoginCode(null);
                throw new AuthingException(e.getCode(),
                        "User " + user.getId() + " was registered, but logging it in failed: " + e.getMessage(),
                        e.getHttpStatus(), Json.MAPPER.valueToTree(user), e);
            }
            session = issued;
            withSession(user, issued);
        }
        user.setLoginCode(null);
        cachedUser = user;
        return user;
    }


    /**
     * Authing's {@code sendSmsCode(phone)}. Authing sends no scene here; the Authpack server binds every code to
     * what it is for, so this sends {@link SmsScene#LOGIN}, the common case.
     */
    public CommonMessage sendSmsCode(String phone) {
        return sendSmsCode(phone, null, SmsScene.LOGIN);
    }

    /**
     * Authing's {@code sendSmsCode(phone, phoneCountryCode, scene)}: texts a verification code to {@code phone}.
     * The code is accepted only by the call of the same scene. For the scenes acting on an existing account
     * (login, reset, unbind, update) an unknown number gets the same answer but no text, so the answer does not
     * reveal which numbers have accounts.
     *
     * @param phoneCountryCode e.g. {@code +86} when {@code phone} is national; {@code null} otherwise
     * @param scene            one of the {@link SmsScene} constants; {@code null} means {@link SmsScene#LOGIN}
     * @return code 200
     * @throws AuthingException e.g. 1002 too many requests (see {@link AuthingException#getRetryAfterSeconds()}),
     *                          2035 number already bound (register, bind), 2231 malformed number or scene
     */
    public CommonMessage sendSmsCode(String phone, String phoneCountryCode, String scene) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("phone", phone);
        putIfPresent(body, "phoneCountryCode", phoneCountryCode);
        body.put("scene", scene != null ? scene : SmsScene.LOGIN);
        body.put("clientId", clientId);
        return commonMessage(transport.postJson(rest("sms/send"), body, clientAuthorization()));
    }

    /**
     * Authing's {@code resetPasswordByPhoneCode(phone, code, newPassword)}: sets a new password for the account
     * owning {@code phone}, proven by the SMS code sent with {@link SmsScene#RESET}. Does not log in.
     *
     * @throws AuthingException e.g. 2001 code wrong, 2300 code expired, 2029 password policy
     */
    public CommonMessage resetPasswordByPhoneCode(String phone, String code, String newPassword) {
        return resetPasswordByPhoneCode(phone, code, newPassword, null);
    }

    /**
     * Authing's {@code resetPasswordByPhoneCode(phone, code, newPassword, phoneCountryCode)}; as above, for a
     * national number.
     */
    public CommonMessage resetPasswordByPhoneCode(String phone, String code, String newPassword,
                                                  String phoneCountryCode) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("phone", phone);
        body.put("code", code);
        body.put("newPassword", newPassword);
        putIfPresent(body, "phoneCountryCode", phoneCountryCode);
        return commonMessage(transport.postJson(rest("password/reset/phone"), body, null));
    }

    /**
     * Authing's {@code sendEmail(email, scene)}: mails a code for {@code scene} (an {@link EmailScene} value such
     * as {@code RESET_PASSWORD}). For account scenes an address without an account gets the same answer but no
     * mail, so the call does not reveal which addresses have accounts.
     *
     * @throws AuthingException 2003 bad address, 2231 unknown scene, 1002 (429) too soon or too many, 1000 mail down
     */
    public CommonMessage sendEmail(String email, String scene) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("email", email);
        body.put("scene", scene);
        return commonMessage(transport.postJson(rest("email/send"), body, null));
    }

    /**
     * Authing's {@code resetPasswordByEmailCode(email, code, newPassword)}: the code mailed with scene
     * {@code RESET_PASSWORD} proves the account; every session of the user ends. Does not log in.
     *
     * @throws AuthingException e.g. 2001 code wrong, 2300 code expired, 2029 password policy
     */
    public CommonMessage resetPasswordByEmailCode(String email, String code, String newPassword) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("email", email);
        body.put("code", code);
        body.put("newPassword", newPassword);
        return commonMessage(transport.postJson(rest("password/reset/email"), body, null));
    }


    /** Authing's {@code loginByEmail(email, password)}. */
    public User loginByEmail(String email, String password) {
        return loginByEmail(email, password, null);
    }

    /**
     * Authing's {@code loginByEmail}: logs in through the token endpoint ({@code login_method=email}), makes the
     * tokens this client's session and returns the user with them.
     *
     * @throws AuthingException e.g. 2333 wrong credentials, 2000 captcha required (retry with
     *                          {@link LoginOptions#setCaptchaId} and {@link LoginOptions#setCaptchaCode}), 2005
     *                          account locked or disabled
     */
    public User loginByEmail(String email, String password, LoginOptions options) {
        return login("email", email, password, options);
    }

    /** Authing's {@code loginByUsername(username, password)}. */
    public User loginByUsername(String username, String password) {
        return loginByUsername(username, password, null);
    }

    /** Authing's {@code loginByUsername}; behaves as {@link #loginByEmail(String, String, LoginOptions)}. */
    public User loginByUsername(String username, String password, LoginOptions options) {
        return login("username", username, password, options);
    }

    /** Authing's {@code loginByPhoneCode(phone, code)}. */
    public User loginByPhoneCode(String phone, String code) {
        return loginByPhoneCode(phone, code, null);
    }

    /**
     * Authing's {@code loginByPhoneCode}: logs in with the SMS code sent with {@link SmsScene#LOGIN}
     * ({@code login_method=phone_code}); otherwise as {@link #loginByEmail(String, String, LoginOptions)}. As in
     * Authing, {@link LoginOptions#setAutoRegister autoRegister} does not apply; use
     * {@link #registerByPhoneCode(String, String)} for new numbers.
     *
     * @param options {@link LoginOptions#setPhoneCountryCode phoneCountryCode} for a national number, and the
     *                usual captcha, client IP, context and custom data
     * @throws AuthingException e.g. 2001 code wrong, 2300 code expired, 2333 no such account, 2005 account locked
     *                          or disabled
     */
    public User loginByPhoneCode(String phone, String code, LoginOptions options) {
        return login(TokenForms.loginGrant(clientId, "phone_code", "phone", phone, "code", code, options),
                Errors.CODE_WRONG);
    }

    /** Authing's {@code loginByPhonePassword(phone, password)}. */
    public User loginByPhonePassword(String phone, String password) {
        return loginByPhonePassword(phone, password, null);
    }

    /**
     * Authing's {@code loginByPhonePassword} ({@code login_method=phone_password}); behaves as
     * {@link #loginByEmail(String, String, LoginOptions)}, including
     * {@link LoginOptions#setAutoRegister autoRegister} and the captcha.
     *
     * @param options also {@link LoginOptions#setPhoneCountryCode phoneCountryCode} for a national number
     */
    public User loginByPhonePassword(String phone, String password, LoginOptions options) {
        return login(TokenForms.loginGrant(clientId, "phone_password", "phone", phone, "password", password,
                options), Errors.WRONG_CREDENTIALS);
    }

    /** Authing's {@code loginByLdap(username, password)}. */
    public User loginByLdap(String username, String password) {
        return loginByLdap(username, password, null);
    }

    /**
     * Authing's {@code loginByLdap} ({@code login_method=ldap}): logs in through the realm's LDAP user
     * federation (vendor other than Active Directory). The first login imports the account; a local
     * account, or one of another directory, answers 2333 as a wrong password does.
     *
     * @throws AuthingException 2333 wrong credentials, 2005 disabled or locked, 1000 (503) directory unreachable
     */
    public User loginByLdap(String username, String password, LoginOptions options) {
        return login(TokenForms.loginGrant(clientId, "ldap", "username", username, "password", password, options),
                Errors.WRONG_CREDENTIALS);
    }

    /** Authing's {@code loginByAd(username, password)}. */
    public User loginByAd(String username, String password) {
        return loginByAd(username, password, null);
    }

    /**
     * Authing's {@code loginByAd} ({@code login_method=ad}): as {@link #loginByLdap(String, String, LoginOptions)}
     * through the realm's Active Directory federation (vendor {@code ad}).
     */
    public User loginByAd(String username, String password, LoginOptions options) {
        return login(TokenForms.loginGrant(clientId, "ad", "username", username, "password", password, options),
                Errors.WRONG_CREDENTIALS);
    }

    private User login(String loginMethod, String identifier, String password, LoginOptions options) {
        return login(TokenForms.passwordGrant(clientId, loginMethod, identifier, password, options),
                Errors.WRONG_CREDENTIALS);
    }

    /**
     * The tokens are stored before the profile is fetched, so if {@code GET /me} fails the exception is thrown but
     * the session is in place and {@link #getCurrentUser()} can be retried.
     *
     * @param invalidGrantCode the Authing code of a rejected credential when the server sends none
     */
    private User login(Map<String, String> form, int invalidGrantCode) {
        Session issued = requestTokens(form, invalidGrantCode);
        session = issued;
        return sessionUser(transport.getJson(rest("me"), bearer(issued)), issued);
    }


    /**
     * Authing's {@code getCurrentUser}: the session's user, fetched fresh from the server and cached.
     *
     * @return {@code null} when there is no token or the server rejects it (401), as Authing swallows these
     * @throws AuthingException for other failures (network, 5xx, ...), which are not evidence of being logged out
     */
    public User getCurrentUser() {
        Session current = session;
        if (current.accessToken() == null) {
            return null;
        }
        Transport.Response response = transport.getJson(rest("me"), bearer(current));
        if (response.status() == 401) {
            return null;
        }
        return sessionUser(response, current);
    }

    /**
     * Authing's {@code bindPhone(phone, phoneCode)}: adds a phone number to the logged-in account, proven by the
     * SMS code sent to it with {@link SmsScene#BIND}. The number becomes verified and usable for phone logins.
     *
     * @return the updated user, also cached
     * @throws AuthingException 2020 without calling the server when not logged in; e.g. 2035 number already bound,
     *                          2001 code wrong, 2300 code expired
     */
    public User bindPhone(String phone, String phoneCode) {
        return bindPhone(phone, phoneCode, null);
    }

    /** Authing's {@code bindPhone(phone, phoneCode, phoneCountryCode)}; as above, for a national number. */
    public User bindPhone(String phone, String phoneCode, String phoneCountryCode) {
        Session current = requireSession();
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("phone", phone);
        body.put("phoneCode", phoneCode);
        putIfPresent(body, "phoneCountryCode", phoneCountryCode);
        return sessionUser(transport.postJson(rest("me/phone"), body, bearer(current)), current);
    }

    /**
     * Authing's {@code updateProfile(updates)}: changes profile fields of the logged-in account (nickname,
     * photo, givenName, … as in {@link User}); a {@code null} value clears a field. Email, phone and password
     * change only through their own calls (2225 / 2226 / 2231 here).
     *
     * @throws AuthingException 2231 a value the realm's user profile refuses, 2020 not logged in
     */
    public User updateProfile(Map<String, Object> updates) {
        Session current = requireSession();
        ObjectNode body = Json.MAPPER.valueToTree(updates);
        return sessionUser(transport.patchJson(rest("me"), body, bearer(current)), current);
    }

    /**
     * Authing's {@code updatePassword(newPassword, oldPassword)}: {@code oldPassword} may be null only for an
     * account that has no password yet. The realm's password policy applies.
     *
     * @throws AuthingException 2201 old password required, 2203 old password wrong, 2029 policy, 2020 not logged in
     */
    public User updatePassword(String newPassword, String oldPassword) {
        Session current = requireSession();
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("newPassword", newPassword);
        putIfPresent(body, "oldPassword", oldPassword);
        return sessionUser(transport.putJson(rest("me/password"), body, bearer(current)), current);
    }

    /**
     * Authing's {@code updateEmail(email, emailCode, oldEmail, oldEmailCode)}: codes come from
     * {@link #sendEmail(String, String)} with scene {@code CHANGE_EMAIL}, one to the new address and, unless the
     * realm turns that off, one to the current address. The new address ends up verified.
     *
     * @throws AuthingException 2229 same email, 2200 email taken, 2037 old email mismatch, 2001 / 2300 codes
     */
    public User updateEmail(String email, String emailCode, String oldEmail, String oldEmailCode) {
        Session current = requireSession();
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("email", email);
        body.put("emailCode", emailCode);
        putIfPresent(body, "oldEmail", oldEmail);
        putIfPresent(body, "oldEmailCode", oldEmailCode);
        return sessionUser(transport.putJson(rest("me/email"), body, bearer(current)), current);
    }

    /** Authing's {@code updateEmail(email, emailCode)} for an account without an email yet, or a realm that does not verify the old one. */
    public User updateEmail(String email, String emailCode) {
        return updateEmail(email, emailCode, null, null);
    }

    /**
     * Authing's {@code checkPasswordStrength(password)}: asks the realm whether its password policy accepts the
     * password; the answer is in-band ({@code valid=false} with the reason), not an exception.
     */
    public CheckPasswordStrengthResult checkPasswordStrength(String password) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("password", password);
        body.put("clientId", clientId);
        Transport.Response response = transport.postJson(rest("password/strength"), body, null);
        if (!response.ok()) {
            throw Errors.restError(response);
        }
        return read(response, CheckPasswordStrengthResult.class);
    }

    /**
     * Authing's {@code computedPasswordSecurityLevel(password)}, computed locally as the SDK does: 3 for 12+
     * characters with lowercase, uppercase and a digit; 2 for 8+ with a letter and a digit; else 1. Letters or
     * digits after a line break do not count, and length is in UTF-16 code units, exactly as in JavaScript.
     */
    public int computedPasswordSecurityLevel(String password) {
        return PasswordLevels.level(password);
    }

    /**
     * Authing's {@code listAuthorizedResources(namespace, {resourceType})}: the resources of the Keycloak
     * resource server {@code namespace} (its clientId) that the logged-in user is granted through any policy.
     *
     * @param resourceType DATA, API, MENU, UI or BUTTON, or null for all
     */
    public AuthorizedResources listAuthorizedResources(String namespace, String resourceType) {
        Session current = requireSession();
        StringBuilder query = new StringBuilder("me/authorized-resources?namespace=")
                .append(java.net.URLEncoder.encode(namespace, java.nio.charset.StandardCharsets.UTF_8));
        if (resourceType != null) {
            query.append("&resourceType=").append(java.net.URLEncoder.encode(resourceType, java.nio.charset.StandardCharsets.UTF_8));
        }
        Transport.Response response = transport.getJson(rest(query.toString()), bearer(current));
        if (!response.ok()) {
            throw Errors.restError(response);
        }
        return read(response, AuthorizedResources.class);
    }

    /**
     * Authing's {@code linkAccount({primaryUserToken, secondaryUserToken})}: moves the secondary account's social
     * identities to the primary account and deletes the secondary account. Both tokens must be valid.
     *
     * @throws AuthingException 2213 the primary already has an identity of one of the providers, 2206 / 2207 a token
     */
    public CommonMessage linkAccount(String primaryUserToken, String secondaryUserToken) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("primaryUserToken", primaryUserToken);
        body.put("secondaryUserToken", secondaryUserToken);
        return commonMessage(transport.postJson(rest("users/link"), body, null));
    }

    /** Authing's {@code getUdfValue()}: the logged-in account's user-defined fields, typed ({@code {key: value}}). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> getUdfValue() {
        Session current = requireSession();
        Transport.Response response = transport.getJson(rest("me/udf"), bearer(current));
        if (!response.ok()) {
            throw Errors.restError(response);
        }
        return read(response, Map.class);
    }

    /**
     * Authing's {@code setUdfValue(data)}: all values are checked against the realm's field definitions first,
     * so an undefined key or a value of the wrong type (2231) writes nothing.
     *
     * @return {@code [{key, dataType, value, label}]} for the written keys
     */
    @SuppressWarnings("unchecked")
    public java.util.List<Map<String, Object>> setUdfValue(Map<String, Object> data) {
        Session current = requireSession();
        Transport.Response response = transport.patchJson(rest("me/udf"), Json.MAPPER.valueToTree(data), bearer(current));
        if (!response.ok()) {
            throw Errors.restError(response);
        }
        return read(response, java.util.List.class);
    }

    /** Authing's {@code removeUdfValue(key)}. */
    public void removeUdfValue(String key) {
        Session current = requireSession();
        Transport.Response response = transport.delete(rest("me/udf/" + java.net.URLEncoder.encode(key,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")), bearer(current));
        if (!response.ok()) {
            throw Errors.restError(response);
        }
    }

    /**
     * A fresh single-use captcha for logins from an IP that failed too often (code 2000):
     * {@code {captchaId, image}} with the image as a PNG data URI; pass the id and the answer as
     * {@link LoginOptions#setCaptchaId captchaId} / {@link LoginOptions#setCaptchaCode captchaCode}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> getCaptcha() {
        Transport.Response response = transport.getJson(rest("captcha"), null);
        if (!response.ok()) {
            throw Errors.restError(response);
        }
        return read(response, Map.class);
    }

    /** Authing's {@code getSecurityLevel()} for the logged-in account. */
    public SecurityLevel getSecurityLevel() {
        Session current = requireSession();
        Transport.Response response = transport.getJson(rest("me/security-level"), bearer(current));
        if (!response.ok()) {
            throw Errors.restError(response);
        }
        return read(response, SecurityLevel.class);
    }

    /**
     * Authing's {@code unbindPhone()}: removes the logged-in account's phone number, so it no longer logs in by
     * phone.
     *
     * @return the updated user, also cached
     * @throws AuthingException 2020 without calling the server when not logged in; 2217 when the phone is the
     *                          account's last way to log in
     */
    public User unbindPhone() {
        Session current = requireSession();
        return sessionUser(transport.delete(rest("me/phone"), bearer(current)), current);
    }

    /**
     * Authing's {@code updatePhone(phone, phoneCode)}: replaces the logged-in account's phone number, proven by the
     * SMS code sent to the new number with {@link SmsScene#UPDATE}. Realms that require the old number to be
     * verified too answer 2038; use {@link #updatePhone(String, String, String, String)} there.
     *
     * @return the updated user, also cached
     * @throws AuthingException 2020 without calling the server when not logged in; e.g. 2230 same number, 2035
     *                          number already bound, 2001 code wrong, 2300 code expired
     */
    public User updatePhone(String phone, String phoneCode) {
        return updatePhone(phone, phoneCode, null, null, null, null);
    }

    /**
     * Authing's {@code updatePhone(phone, phoneCode, oldPhone, oldPhoneCode)}: as above, also proving the current
     * number with a code sent to it with {@link SmsScene#UPDATE}.
     *
     * @throws AuthingException also 2038 when {@code oldPhone} is not the account's number
     */
    public User updatePhone(String phone, String phoneCode, String oldPhone, String oldPhoneCode) {
        return updatePhone(phone, phoneCode, oldPhone, oldPhoneCode, null, null);
    }

    /**
     * Authing's {@code updatePhone} with all six arguments, for national numbers; {@code null} arguments are left
     * out of the request.
     */
    public User updatePhone(String phone, String phoneCode, String oldPhone, String oldPhoneCode,
                            String phoneCountryCode, String oldPhoneCountryCode) {
        Session current = requireSession();
        ObjectNode body = Json.MAPPER.createObjectNode();
        putIfPresent(body, "phone", phone);
        putIfPresent(body, "phoneCode", phoneCode);
        putIfPresent(body, "oldPhone", oldPhone);
        putIfPresent(body, "oldPhoneCode", oldPhoneCode);
        putIfPresent(body, "phoneCountryCode", phoneCountryCode);
        putIfPresent(body, "oldPhoneCountryCode", oldPhoneCountryCode);
        return sessionUser(transport.putJson(rest("me/phone"), body, bearer(current)), current);
    }

    /**
     * Authing's {@code checkLoginStatus()} for this client's token.
     *
     * @return status 2020 ("not logged in") without calling the server when there is no token
     */
    public JwtTokenStatus checkLoginStatus() {
        return checkLoginStatus(session.accessToken());
    }

    /**
     * Authing's {@code checkLoginStatus(token)}: asks the server whether {@code token} is a valid, unrevoked access
     * token of this realm. Expired (2206) and invalid (2207) tokens are reported in-band, not thrown.
     */
    public JwtTokenStatus checkLoginStatus(String token) {
        if (token == null || token.isBlank()) {
            JwtTokenStatus status = new JwtTokenStatus();
            status.setCode(Errors.NOT_LOGGED_IN);
            status.setMessage("Not logged in");
            status.setStatus(false);
            return status;
        }
        Transport.Response response = transport.postJson(rest("token/status"), Map.of("token", token), null);
        if (!response.ok()) {
            throw Errors.restError(response);
        }
        return read(response, JwtTokenStatus.class);
    }

    /**
     * Authing's {@code refreshToken()}: exchanges the stored refresh token for new tokens (standard
     * {@code refresh_token} grant) and makes them the session.
     *
     * @throws AuthingException 2020 when there is no refresh token (e.g. after {@link #setToken}); 2207 or the
     *                          server's code when Keycloak rejects the refresh token
     */
    public RefreshToken refreshToken() {
        Session current = session;
        if (current.refreshToken() == null) {
            throw new AuthingException(Errors.NOT_LOGGED_IN, "Not logged in: there is no refresh token", 401, null);
        }
        Session issued = requestTokens(TokenForms.refreshGrant(clientId, current.refreshToken()),
                Errors.TOKEN_INVALID);
        Session next = new Session(issued.accessToken(),
                issued.idToken() != null ? issued.idToken() : current.idToken(),
                issued.refreshToken() != null ? issued.refreshToken() : current.refreshToken(),
                issued.iat(), issued.exp());
        session = next;
        User user = cachedUser;
        if (user != null) {
            withSession(user, next);
        }
        RefreshToken result = new RefreshToken();
        result.setToken(next.accessToken());
        result.setIat(next.iat());
        result.setExp(next.exp());
        return result;
    }

    /**
     * Authing's {@code logout()}: ends the session on the server ({@code POST /me/logout}, which also revokes the
     * refresh token) and forgets it locally. A 401 means the server session is already gone, so it counts as
     * success; other failures are thrown and keep the local session, so the call can be retried.
     */
    public void logout() {
        Session current = session;
        if (current.accessToken() != null) {
            Transport.Response response = transport.postEmpty(rest("me/logout"), bearer(current));
            if (!response.ok() && response.status() != 401) {
                throw Errors.restError(response);
            }
        }
        session = Session.NONE;
        cachedUser = null;
    }

    /** The session's access token, or {@code null} when not logged in. */
    public String getToken() {
        return session.accessToken();
    }

    /**
     * Authing's {@code setToken}: adopts an access token obtained elsewhere (e.g. forwarded by a browser), for the
     * bearer calls. The token is not verified here; {@link #checkLoginStatus()} does that on the server. A different
     * token starts a new session, so the previous refresh token, ID token and cached user are dropped;
     * {@code null} or blank logs out locally.
     */
    public void setToken(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            session = Session.NONE;
            cachedUser = null;
            return;
        }
        if (accessToken.equals(session.accessToken())) {
            return;
        }
        Long iat = null;
        Long exp = null;
        try {
            JWTClaimsSet claims = JWTParser.parse(accessToken).getJWTClaimsSet();
            iat = epochSeconds(claims.getIssueTime());
            exp = epochSeconds(claims.getExpirationTime());
        } catch (java.text.ParseException ignored) {
            // An opaque token is still usable as a bearer token; it just has no known expiry.
        }
        session = new Session(accessToken, null, null, iat, exp);
        cachedUser = null;
    }

    /** The session's refresh token, or {@code null}. */
    public String getRefreshToken() {
        return session.refreshToken();
    }

    /** The session's OpenID Connect ID token, or {@code null}; needed e.g. as {@code id_token_hint}. */
    public String getIdToken() {
        return session.idToken();
    }

    /**
     * The user returned by the last register, login or {@link #getCurrentUser()} call, without a server call
     * (Authing keeps the same cache); {@code null} after {@link #logout()}.
     */
    public User getCachedUser() {
        return cachedUser;
    }


    /**
     * Calls the token endpoint and verifies the access token it returns.
     *
     * @param invalidGrantCode the Authing code for {@code invalid_grant} when the server sends none
     */
    private Session requestTokens(Map<String, String> form, int invalidGrantCode) {
        Transport.Response response = transport.postForm(tokenEndpoint, TokenForms.encode(form),
                clientAuthorization());
        if (!response.ok()) {
            throw Errors.tokenError(response, invalidGrantCode);
        }
        JsonNode json = Json.parseOrNull(response.body());
        String accessToken = text(json, "access_token");
        if (accessToken == null) {
            throw new AuthingException(Errors.TEMPORARY_FAILURE,
                    "The token endpoint answered " + response.status() + " without an access_token",
                    Errors.UNAVAILABLE_STATUS, null);
        }
        JWTClaimsSet claims = verifier.verify(accessToken);
        return new Session(accessToken, text(json, "id_token"), text(json, "refresh_token"),
                epochSeconds(claims.getIssueTime()), epochSeconds(claims.getExpirationTime()));
    }

    /**
     * The session of a call that needs a logged-in user (Authing's {@code checkLoggedIn}): without an access token
     * there is nothing to send, so the call fails with 2020 as the server would, without a round trip.
     */
    private Session requireSession() {
        Session current = session;
        if (current.accessToken() == null) {
            throw new AuthingException(Errors.NOT_LOGGED_IN,
                    "Not logged in: log in or call setToken first", 401, null);
        }
        return current;
    }

    /** The user answered by a bearer call, with the session's tokens, made the cached user. */
    private User sessionUser(Transport.Response response, Session current) {
        if (!response.ok()) {
            throw Errors.restError(response);
        }
        User user = withSession(readUser(response), current);
        cachedUser = user;
        return user;
    }

    private static CommonMessage commonMessage(Transport.Response response) {
        if (!response.ok()) {
            throw Errors.restError(response);
        }
        return read(response, CommonMessage.class);
    }

    private static User withSession(User user, Session session) {
        user.setToken(session.accessToken());
        user.setIdToken(session.idToken());
        user.setRefreshToken(session.refreshToken());
        user.setTokenExpiredAt(session.expiresAt());
        user.setLoginCode(null);
        return user;
    }

    private URI rest(String path) {
        return restBase.resolve(path);
    }

    private String clientAuthorization() {
        return clientSecret == null ? null : TokenForms.basicAuthorization(clientId, clientSecret);
    }

    private static String bearer(Session session) {
        return "Bearer " + session.accessToken();
    }

    private static User readUser(Transport.Response response) {
        return read(response, User.class);
    }

    private static <T> T read(Transport.Response response, Class<T> type) {
        try {
            T value = Json.MAPPER.readValue(response.body(), type);
            if (value != null) {
                return value;
            }
        } catch (Exception e) {
            throw new AuthingException(Errors.TEMPORARY_FAILURE,
                    "Unreadable " + type.getSimpleName() + " in a " + response.status() + " response: "
                            + e.getMessage(), Errors.UNAVAILABLE_STATUS, null, e);
        }
        throw new AuthingException(Errors.TEMPORARY_FAILURE,
                "Empty " + type.getSimpleName() + " in a " + response.status() + " response",
                Errors.UNAVAILABLE_STATUS, null);
    }

    private static void putIfPresent(ObjectNode body, String name, String value) {
        if (value != null) {
            body.put(name, value);
        }
    }

    private static void putMap(ObjectNode body, String name, Map<String, Object> value) {
        if (value != null) {
            body.set(name, Json.MAPPER.valueToTree(value));
        }
    }

    private static String text(JsonNode json, String name) {
        if (json == null) {
            return null;
        }
        JsonNode node = json.get(name);
        return node != null && node.isTextual() && !node.textValue().isEmpty() ? node.textValue() : null;
    }

    private static Long epochSeconds(Date date) {
        return date == null ? null : date.getTime() / 1000;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
