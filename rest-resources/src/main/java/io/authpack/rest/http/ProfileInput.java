package io.authpack.rest.http;

import java.util.LinkedHashMap;
import java.util.Map;

import io.authpack.core.user.UserAttributes;

/**
 * Translates an Authing {@code profile} object into Keycloak attribute names. Only the fields of
 * {@link UserAttributes#PROFILE_FIELDS} pass; identifiers, verification flags and counters never
 * come from a profile, so a caller cannot verify its own email or set its login count.
 */
public final class ProfileInput {
    private ProfileInput() {
    }

    /** The fields given at registration; blank values are left out. */
    public static Map<String, String> attributes(JsonBody profile) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (profile == null) {
            return attributes;
        }
        for (UserAttributes.ProfileField field : UserAttributes.PROFILE_FIELDS) {
            String value = profile.string(field.field());
            if (value != null && !value.isBlank()) {
                attributes.put(field.attribute(), value.trim());
            }
        }
        return attributes;
    }

    /** The fields an update names, with {@code null} for a field given as JSON null (clear it). */
    public static Map<String, String> changes(JsonBody update) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (UserAttributes.ProfileField field : UserAttributes.PROFILE_FIELDS) {
            if (update.present(field.field())) {
                String value = update.string(field.field());
                changes.put(field.attribute(), value == null || value.isBlank() ? null : value.trim());
            }
        }
        return changes;
    }
}
