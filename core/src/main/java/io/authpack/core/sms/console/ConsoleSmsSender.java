package io.authpack.core.sms.console;

import io.authpack.core.sms.SmsMessage;
import io.authpack.core.sms.SmsSender;
import io.authpack.core.sms.SmsSettings;
import org.jboss.logging.Logger;

/** Prints {@code [authpack-dev-sms] to=<E.164> scene=<scene> code=<code>}: the one place a code is ever logged. */
final class ConsoleSmsSender implements SmsSender {
    private static final Logger LOG = Logger.getLogger("authpack.dev.sms");

    @Override
    public void send(SmsSettings settings, SmsMessage message) {
        LOG.infof("[authpack-dev-sms] to=%s scene=%s code=%s", message.to(), message.scene(), message.code());
    }
}
