package io.authpack.core.code;

/**
 * Where a verification code goes. Codes, limits and attempt counters are kept apart per channel,
 * so an SMS code can never be redeemed as an email code.
 */
public enum CodeChannel {
    SMS("sms"),
    EMAIL("email");

    private final String key;

    CodeChannel(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
