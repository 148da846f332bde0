package io.authpack.core.error;

/**
 * The Authing error codes Authpack answers with, each bound to the HTTP status API.md fixes for it.
 *
 * <p>Clients migrating from Authing branch on {@link #code()}, so the numbers never change; the
 * messages are defaults that a call may replace with a more precise text.
 */
public enum AuthingError {
    TEMPORARY_FAILURE(1000, 503, "Temporary failure, please try again later"),
    NO_PERMISSION(1001, 403, "No permission"),
    TOO_MANY_REQUESTS(1002, 429, "Too many requests"),
    CAPTCHA_REQUIRED(2000, 401, "Captcha required"),
    CODE_WRONG(2001, 400, "Verification code is wrong"),
    BAD_EMAIL(2003, 400, "Email address is not valid"),
    USER_NOT_FOUND(2004, 404, "User not found"),
    ACCOUNT_LOCKED(2005, 403, "Account is locked or disabled"),
    NOT_LOGGED_IN(2020, 401, "Not logged in"),
    USER_EXISTS(2026, 409, "User already exists"),
    PASSWORD_POLICY(2029, 400, "Password does not meet the password policy"),
    REGISTRATION_DISABLED(2031, 403, "Registration is disabled"),
    USERNAME_EXISTS(2034, 409, "Username already exists"),
    PHONE_BOUND(2035, 409, "Phone number is already bound"),
    OLD_EMAIL_MISMATCH(2037, 400, "Old email does not match"),
    OLD_PHONE_MISMATCH(2038, 400, "Old phone does not match"),
    EMAIL_BOUND(2200, 409, "Email is already bound"),
    IDENTITY_ALREADY_LINKED(2213, 409, "An identity of this provider is already linked"),
    OLD_PASSWORD_REQUIRED(2201, 400, "Old password required"),
    OLD_PASSWORD_WRONG(2203, 400, "Old password is wrong"),
    TOKEN_EXPIRED(2206, 401, "Login has expired, please log in again"),
    TOKEN_INVALID(2207, 401, "Login information is invalid, please log in again"),
    LAST_LOGIN_METHOD(2217, 409, "This is the only way to log in"),
    EMAIL_NOT_CHANGEABLE(2225, 400, "Email cannot be changed here"),
    PHONE_NOT_CHANGEABLE(2226, 400, "Phone cannot be changed here"),
    SAME_EMAIL(2229, 400, "New email is the same as the old one"),
    SAME_PHONE(2230, 400, "New phone is the same as the old one"),
    BAD_PARAMETER(2231, 400, "Missing or malformed parameter"),
    CODE_EXPIRED(2300, 400, "Verification code has expired"),
    WRONG_CREDENTIALS(2333, 401, "Wrong account or password");

    private final int code;
    private final int status;
    private final String defaultMessage;

    AuthingError(int code, int status, String defaultMessage) {
        this.code = code;
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    public int code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    public AuthpackException exception() {
        return new AuthpackException(this, defaultMessage);
    }

    public AuthpackException exception(String message) {
        return new AuthpackException(this, message);
    }
}
