package io.authpack.core.sms;

import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;

/** Builds the two refusals a gateway can cause, so every sender maps failures the same way. */
public final class SmsDeliveryException {
    private SmsDeliveryException() {
    }

    /** The gateway says the number cannot receive texts: 400, nothing was sent. */
    public static AuthpackException invalidNumber() {
        return AuthingError.BAD_PARAMETER.exception("phone is not a number that can receive text messages");
    }

    /** The gateway failed or is unreachable: 503; the caller may retry. */
    public static AuthpackException unavailable() {
        return AuthingError.TEMPORARY_FAILURE.exception("The SMS gateway is unavailable, please try again later");
    }
}
