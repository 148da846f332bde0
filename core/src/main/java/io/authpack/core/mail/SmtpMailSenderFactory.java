package io.authpack.core.mail;

import io.authpack.core.error.AuthingError;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Sends code mails through the realm's SMTP settings with Keycloak's own mail sender. */
public final class SmtpMailSenderFactory implements MailSenderFactory {
    public static final String ID = "smtp";
    private static final Logger LOG = Logger.getLogger(SmtpMailSenderFactory.class);

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public MailSender create(KeycloakSession session) {
        return (to, scene, code, subject, text) -> {
            RealmModel realm = session.getContext().getRealm();
            if (realm.getSmtpConfig() == null || realm.getSmtpConfig().isEmpty()) {
                LOG.warnf("Realm %s has no SMTP server configured (Realm settings → Email)", realm.getName());
                throw AuthingError.TEMPORARY_FAILURE.exception("Email is not configured for this realm");
            }
            try {
                session.getProvider(EmailSenderProvider.class).send(realm.getSmtpConfig(), to, subject, text, null);
            } catch (EmailException e) {
                LOG.warnf("Realm %s: code mail not sent (%s)", realm.getName(), e.getClass().getSimpleName());
                throw AuthingError.TEMPORARY_FAILURE.exception("The mail server is unavailable, please try again later");
            }
        };
    }
}
