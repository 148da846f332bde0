package io.authpack.core.user;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.Theme;

/**
 * Renders Keycloak message keys (password policy and user-profile errors) as readable text, so an
 * Authing error's message says why instead of showing a key such as {@code invalidPasswordMinLengthMessage}.
 */
public final class KeycloakMessages {
    private static final Logger LOG = Logger.getLogger(KeycloakMessages.class);

    private final Properties messages;

    public KeycloakMessages(KeycloakSession session, RealmModel realm, Locale locale) {
        Properties loaded = new Properties();
        try {
            Theme theme = session.theme().getTheme(Theme.Type.LOGIN);
            loaded = theme.getEnhancedMessages(realm, locale);
        } catch (Exception e) {
            LOG.debugf("login theme messages unavailable: %s", e.getMessage());
        }
        this.messages = loaded;
    }

    public String format(String key, Object... parameters) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            return key;
        }
        try {
            return new MessageFormat(pattern.replace("'", "''"), Locale.ENGLISH).format(parameters == null ? new Object[0] : parameters);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }
}
