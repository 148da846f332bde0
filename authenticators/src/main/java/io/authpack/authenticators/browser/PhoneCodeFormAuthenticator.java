package io.authpack.authenticators.browser;

import java.util.Map;

import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import io.authpack.core.phone.PhoneAccounts;
import io.authpack.core.sms.SmsCodeService;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Browser login with a phone number and an SMS code, on two screens: the number
 * ({@code authpack-phone-code.ftl}), then the code ({@code authpack-phone-code-verify.ftl}) with
 * "resend" and "use another number". The number waits in an auth note between the screens.
 *
 * <p>A code is texted only when the number belongs to an account; for any other number the next
 * screen is the same, so the page does not tell which numbers have accounts. Checking the code
 * mirrors the direct-grant login: a locked account is refused before its code is looked at, so a
 * lockout does not burn codes; a wrong code is a {@code failureChallenge} with the account as the
 * attempted user, so Keycloak's brute-force protection counts it; and a wrong code, an expired one
 * and any code for a number without an account all get the same message.
 *
 * <p>Stateless; one instance serves all requests.
 */
public final class PhoneCodeFormAuthenticator implements Authenticator {
    static final String PHONE_NOTE = "authpack.phone-code.phone";
    static final String SENT_AT_NOTE = "authpack.phone-code.sent-at";
    static final String PHONE_TEMPLATE = "authpack-phone-code.ftl";
    static final String CODE_TEMPLATE = "authpack-phone-code-verify.ftl";
    static final String CODE = "code";
    static final String RESEND = "resend";
    static final String CHANGE_PHONE = "changePhone";
    private static final String SCENE = "login";
    private static final Logger LOG = Logger.getLogger(PhoneCodeFormAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        SmsCodeService sms = new SmsCodeService(context.getSession(), context.getRealm());
        String phone = context.getAuthenticationSession().getAuthNote(PHONE_NOTE);
        context.challenge(phone == null ? phoneForm(context, sms, null).createForm(PHONE_TEMPLATE)
                : codeForm(context, sms, phone).createForm(CODE_TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        SmsCodeService sms = new SmsCodeService(context.getSession(), context.getRealm());
        String phone = context.getAuthenticationSession().getAuthNote(PHONE_NOTE);
        if (input.containsKey(CHANGE_PHONE)) {
            forgetPhone(context.getAuthenticationSession());
            context.challenge(phoneForm(context, sms, null).createForm(PHONE_TEMPLATE));
        } else if (input.containsKey(PhoneField.PHONE)) {
            sendFirstCode(context, sms, input);
        } else if (phone == null) {
            context.challenge(phoneForm(context, sms, null).createForm(PHONE_TEMPLATE));
        } else if (input.containsKey(RESEND)) {
            resendCode(context, sms, phone);
        } else {
            verifyCode(context, sms, phone, input.getFirst(CODE));
        }
    }

    private static void sendFirstCode(AuthenticationFlowContext context, SmsCodeService sms, MultivaluedMap<String, String> input) {
        String e164;
        try {
            e164 = sms.toE164(input.getFirst(PhoneField.PHONE), input.getFirst(PhoneField.COUNTRY_CODE));
        } catch (AuthpackException e) {
            context.challenge(phoneForm(context, sms, input)
                    .addError(new FormMessage(PhoneField.PHONE, PhoneField.INVALID)).createForm(PHONE_TEMPLATE));
            return;
        }
        AuthpackException refusal = send(context, sms, e164);
        if (refusal != null) {
            context.challenge(explain(phoneForm(context, sms, input), refusal).createForm(PHONE_TEMPLATE));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(PHONE_NOTE, e164);
        authSession.setAuthNote(SENT_AT_NOTE, String.valueOf(Time.currentTime()));
        context.challenge(codeForm(context, sms, e164).createForm(CODE_TEMPLATE));
    }

    private static void resendCode(AuthenticationFlowContext context, SmsCodeService sms, String e164) {
        AuthpackException refusal = send(context, sms, e164);
        if (refusal != null) {
            context.challenge(explain(codeForm(context, sms, e164), refusal).createForm(CODE_TEMPLATE));
            return;
        }
        context.getAuthenticationSession().setAuthNote(SENT_AT_NOTE, String.valueOf(Time.currentTime()));
        context.challenge(codeForm(context, sms, e164).setInfo("authpackPhoneCodeResent").createForm(CODE_TEMPLATE));
    }

    /**
     * Texts a code if the number belongs to an account; otherwise does everything but the text, so
     * limits and wrong-code answers are the same for every number.
     *
     * @return the refusal (rate limit, gateway down, number the gateway rejects), or null
     */
    private static AuthpackException send(AuthenticationFlowContext context, SmsCodeService sms, String e164) {
        UserModel owner = new PhoneAccounts(context.getSession(), context.getRealm()).findByPhone(e164);
        try {
            if (owner == null) {
                sms.pretendSend(e164, SCENE, context.getConnection().getRemoteAddr());
            } else {
                sms.send(e164, SCENE, context.getConnection().getRemoteAddr(), owner);
            }
            return null;
        } catch (AuthpackException e) {
            LOG.debugf("Login code not sent in realm %s: %d %s", context.getRealm().getName(), e.error().code(), e.getMessage());
            return e;
        }
    }

    private static void verifyCode(AuthenticationFlowContext context, SmsCodeService sms, String e164, String code) {
        if (code == null || code.isBlank()) {
            context.challenge(codeForm(context, sms, e164)
                    .addError(new FormMessage(CODE, "authpackPhoneCodeMissing")).createForm(CODE_TEMPLATE));
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        context.getEvent().detail(Details.USERNAME, e164);
        UserModel user = new PhoneAccounts(session, realm).findByPhone(e164);
        if (user == null) {
            authSession.removeAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
        } else {
            authSession.setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, user.getUsername());
            context.getEvent().user(user);
            String lockout = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
            if (lockout != null) {
                context.getEvent().error(lockout);
                context.forceChallenge(wrongCode(context, sms, e164));
                return;
            }
        }
        try {
            sms.verify(e164, SCENE, code.trim());
        } catch (AuthpackException e) {
            if (e.error() == AuthingError.TEMPORARY_FAILURE) {
                context.challenge(codeForm(context, sms, e164).setError("authpackSmsUnavailable").createForm(CODE_TEMPLATE));
                return;
            }
            refuse(context, sms, e164, user);
            return;
        }
        if (user == null) {
            refuse(context, sms, e164, null);
            return;
        }
        if (!user.isEnabled()) {
            context.getEvent().error(Errors.USER_DISABLED);
            context.forceChallenge(codeForm(context, sms, e164).setError(Messages.ACCOUNT_DISABLED).createForm(CODE_TEMPLATE));
            return;
        }
        forgetPhone(authSession);
        context.setUser(user);
        context.success();
    }

    /** A failed try: counted against the account by brute-force protection when there is one. */
    private static void refuse(AuthenticationFlowContext context, SmsCodeService sms, String e164, UserModel user) {
        if (user == null) {
            context.getEvent().error(Errors.USER_NOT_FOUND);
            context.failureChallenge(AuthenticationFlowError.INVALID_USER, wrongCode(context, sms, e164));
        } else {
            context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, wrongCode(context, sms, e164));
        }
    }

    private static Response wrongCode(AuthenticationFlowContext context, SmsCodeService sms, String e164) {
        return codeForm(context, sms, e164).addError(new FormMessage(CODE, "authpackPhoneCodeInvalid")).createForm(CODE_TEMPLATE);
    }

    /** Turns a refused send into the message the user sees; a rate limit says how long to wait. */
    private static LoginFormsProvider explain(LoginFormsProvider form, AuthpackException refusal) {
        if (refusal.error() == AuthingError.TOO_MANY_REQUESTS) {
            int seconds = retryAfter(refusal);
            return seconds > 120
                    ? form.setError("authpackSmsTooManyRequestsMinutes", String.valueOf((seconds + 59) / 60))
                    : form.setError("authpackSmsTooManyRequestsSeconds", String.valueOf(seconds));
        }
        if (refusal.error() == AuthingError.BAD_PARAMETER) {
            return form.addError(new FormMessage(PhoneField.PHONE, PhoneField.INVALID));
        }
        return form.setError("authpackSmsUnavailable");
    }

    private static int retryAfter(AuthpackException refusal) {
        Map<String, Object> data = refusal.data();
        Object value = data == null ? null : data.get("retryAfter");
        return value instanceof Number n ? Math.max(1, n.intValue()) : 60;
    }

    private static LoginFormsProvider phoneForm(AuthenticationFlowContext context, SmsCodeService sms, MultivaluedMap<String, String> input) {
        return PhoneField.fill(context.form(), sms.settings(), input);
    }

    /** The code screen: where the code went and how many seconds until "resend" may be used. */
    private static LoginFormsProvider codeForm(AuthenticationFlowContext context, SmsCodeService sms, String e164) {
        String sentAt = context.getAuthenticationSession().getAuthNote(SENT_AT_NOTE);
        long elapsed = sentAt == null ? Long.MAX_VALUE : Time.currentTime() - Long.parseLong(sentAt);
        long resendIn = Math.max(0, sms.settings().resendCooldownSeconds() - elapsed);
        return context.form().setAttribute("phoneCode", Map.of("phone", e164, "resendIn", resendIn));
    }

    private static void forgetPhone(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(PHONE_NOTE);
        authSession.removeAuthNote(SENT_AT_NOTE);
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
