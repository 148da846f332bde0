package io.authpack.core.sms;

import java.util.Locale;

/**
 * One verification text to deliver.
 *
 * @param to     the number in E.164
 * @param scene  why the code was sent (login, register, reset, bind, unbind, update)
 * @param code   the code; senders put it in the text and never log it (the console sender excepted)
 * @param text   the localized message text, code included
 * @param locale the language the text is in
 */
public record SmsMessage(String to, String scene, String code, String text, Locale locale) {
    @Override
    public String toString() {
        return "SmsMessage[to=" + to + ", scene=" + scene + "]";
    }
}
