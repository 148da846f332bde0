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

    public AuthingException(int code, String message, int httpStatus, JsonNode data) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
        this.data = data;
    }

    public AuthingException(int code, String message, int httpStatus, JsonNode data, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.httpStatus = httpStatus;
        this.data = data;
    }

    /** The Authing error code, e.g. 2333. */
    public int getCode() {
        return code;
    }

    /** The HTTP status of the failed response, or 503 when no usable response arrived. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The optional {@code data} member of the error body; {@code null} when absent. */
    public JsonNode getData() {
        return data;
    }

    @Override
    public String toString() {
        return "AuthingException{code=" + code + ", httpStatus=" + httpStatus + ", message=" + getMessage() + "}";
    }
}
