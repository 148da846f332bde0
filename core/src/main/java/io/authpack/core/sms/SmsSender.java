package io.authpack.core.sms;

import org.keycloak.provider.Provider;

/**
 * Delivers verification texts for one realm. Implementations are created per request by their
 * {@link SmsSenderFactory} and receive the realm's {@link SmsSettings} with every call, so one
 * server can serve realms with different gateways.
 *
 * <p>Senders never log a code or a secret. A number the gateway refuses is reported with
 * {@link SmsDeliveryException#invalidNumber}; any other failure with {@link SmsDeliveryException#unavailable}.
 */
public interface SmsSender extends Provider {

    void send(SmsSettings settings, SmsMessage message);

    /**
     * Whether the gateway generates and checks the codes itself (Twilio Verify). Authpack then keeps
     * no code, only the rate limits and the attempt count, and asks {@link #check}.
     */
    default boolean verifiesCodes() {
        return false;
    }

    /**
     * Asks the gateway whether {@code code} is the code it sent to {@code to}; only for senders
     * that {@link #verifiesCodes()}.
     */
    default boolean check(SmsSettings settings, String to, String code) {
        throw new IllegalStateException(getClass().getSimpleName() + " does not verify codes itself");
    }

    @Override
    default void close() {
    }
}
