package io.authpack.core.sms.twilio;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import io.authpack.core.sms.SmsDeliveryException;
import io.authpack.core.sms.SmsMessage;
import io.authpack.core.sms.SmsSender;
import io.authpack.core.sms.SmsSettings;
import org.jboss.logging.Logger;

/**
 * Texts the message through Twilio's Messages API with the realm's account. A messaging service,
 * when configured, is preferred over a single from-number: Twilio then picks the sender per
 * country. Success means Twilio accepted (queued) the text; delivery itself is asynchronous.
 */
final class TwilioSmsSender implements SmsSender {
    private static final Logger LOG = Logger.getLogger(TwilioSmsSender.class);

    private final String baseUrl;

    TwilioSmsSender(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public void send(SmsSettings settings, SmsMessage message) {
        String accountSid = TwilioGateway.required(settings, SmsSettings.TWILIO_ACCOUNT_SID);
        String authToken = TwilioGateway.required(settings, SmsSettings.TWILIO_AUTH_TOKEN);
        String messagingService = settings.get(SmsSettings.TWILIO_MESSAGING_SERVICE_SID);
        String from = settings.get(SmsSettings.TWILIO_FROM);
        if (messagingService == null && from == null) {
            LOG.warnf("Authpack Twilio SMS gateway: the realm's SMS settings set neither %s nor %s",
                    SmsSettings.TWILIO_FROM, SmsSettings.TWILIO_MESSAGING_SERVICE_SID);
            throw SmsDeliveryException.unavailable();
        }
        PhoneNumber to = new PhoneNumber(message.to());
        MessageCreator creator = messagingService != null
                ? Message.creator(to, messagingService, message.text())
                : Message.creator(to, new PhoneNumber(from), message.text());
        try (TwilioHttpClient http = new TwilioHttpClient(baseUrl)) {
            creator.create(http.restClient(accountSid, authToken));
        } catch (RuntimeException e) {
            throw TwilioGateway.failure("Messages", e);
        }
    }
}
