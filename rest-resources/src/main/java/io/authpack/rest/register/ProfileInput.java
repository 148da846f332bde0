package io.authpack.rest.register;

import java.util.LinkedHashMap;
import java.util.Map;

import io.authpack.core.user.UserAttributes;
import io.authpack.rest.http.JsonBody;

/**
 * Translates an Authing {@code profile} object into Keycloak attribute names. Only the fields of
 * {@link UserAttributes#PROFILE_FIELDS} pass; identifiers, verification flags and counters never
 * come from a profile, so a caller cannot verify its own email or set its login count.
 */
final class ProfileInput {
    private ProfileInput() {
    }

    static Map<String, String> attributes(JsonBody profile) {
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
}
