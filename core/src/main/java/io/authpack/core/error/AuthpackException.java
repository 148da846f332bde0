package io.authpack.core.error;

import java.util.Map;

/**
 * A refusal that reaches the caller as an Authing error. Core services throw it; the REST layer
 * and the authenticators turn it into their wire format in one place each.
 *
 * <p>The message is shown to clients, so it never carries secrets, codes or stack traces.
 */
public final class AuthpackException extends RuntimeException {
    private final AuthingError error;
    private final transient Map<String, Object> data;

    public AuthpackException(AuthingError error, String message) {
        this(error, message, null);
    }

    public AuthpackException(AuthingError error, String message, Map<String, Object> data) {
        super(message, null, false, false);
        this.error = error;
        this.data = data;
    }

    public AuthingError error() {
        return error;
    }

    public Map<String, Object> data() {
        return data;
    }
}
