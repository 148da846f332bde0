package io.authpack.core.settings;

import org.keycloak.component.ComponentModel;
import org.keycloak.models.RealmModel;
import org.keycloak.services.ui.extend.UiPageProvider;

/**
 * Reading the realm components behind Authpack's admin-console pages (SMS, email): one place for
 * finding the page's component and for turning its text values into bounded numbers, so a typo in
 * the console can never switch a limit off.
 */
public final class PageSettings {
    private PageSettings() {
    }

    /** The realm's component for the page {@code pageId}, or an empty one (all defaults) when never saved. */
    public static ComponentModel component(RealmModel realm, String pageId) {
        return realm.getComponentsStream(realm.getId(), UiPageProvider.class.getName())
                .filter(c -> pageId.equals(c.getProviderId()))
                .findFirst()
                .orElseGet(ComponentModel::new);
    }

    public static int bounded(ComponentModel model, String key, int fallback, int min, int max) {
        String value = text(model, key);
        if (value == null) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The value, or null when unset or blank. */
    public static String text(ComponentModel model, String key) {
        String value = model.get(key);
        return value == null || value.isBlank() ? null : value;
    }
}
