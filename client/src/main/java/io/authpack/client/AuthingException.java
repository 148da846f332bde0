package io.authpack.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A failed call, carrying the Authing error code so that code written against Authing's SDK can keep branching on
 * it (2000 captcha required, 2333 wrong credentials, 2026 user exists, ...; see the Authpack HTTP contract).
 *
 * <p>Transport failures (connection refused, timeout, an unreadable answer from a proxy) are reported as code 1000
 * with HTTP status 503, the contract's "temporary failure", so callers need only one error type.
 */
public class AuthingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final int httpStatus;
    private final transient JsonNode data;
    private final Long retryAfterSeconds;

    public AuthingException(int code, String message, int httpStatus, JsonNode data) {
        this(code, message, httpStatus, data, null, null);
    }

    public AuthingException(int code, String message, int httpStatus, JsonNode data, Throwable cause) {
        this(code, message, httpStatus, data, null, cause);
    }

    /**
     * @param retryAfterSeconds how long the server asked the caller to wait before retrying, or {@code null}
     */
    public AuthingException(int code, String message, int httpStatus, JsonNode data, Long retryAfterSeconds,
                            Throwable cause) {
        super(message, cause);
        this.code = code;
        this.httpStatus = httpStatus;
        this.data = data;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The Authing error code, e.g. 2333. */
    public int getCode() {
        return code;
    }

    /** The HTTP status of the failed response, or 503 when no usable response arrived. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /**
     * The optional {@code data} member of the error body; {@code null} when absent. For code 1002 (too many
     * requests) it is {@code {"retryAfter": seconds}}.
     */
    public JsonNode getData() {
        return data;
    }

    /**
     * Seconds to wait before retrying, from the response's {@code Retry-After} header (delta-seconds, or an HTTP
     * date turned into seconds from now), else from {@code data.retryAfter}; {@code null} when the server gave
     * neither. Set on code 1002 (HTTP 429), e.g. after asking for SMS codes too often, so callers can show a
     * countdown instead of retrying blindly.
     */
    public Long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String toString() {
        return "AuthingException{code=" + code + ", httpStatus=" + httpStatus
                + (retryAfterSeconds != null ? ", retryAfterSeconds=" + retryAfterSeconds : "")
                + ", message=" + getMessage() + "}";
    }
}
