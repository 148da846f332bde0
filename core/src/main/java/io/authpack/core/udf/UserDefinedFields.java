package io.authpack.core.udf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.userprofile.UserProfileProvider;

/**
 * Authing's user-defined fields on Keycloak's declarative user profile: a field is any user-profile
 * attribute with the annotation {@code authpack.udf} naming its type (STRING, NUMBER, DATETIME,
 * BOOLEAN, OBJECT, SELECT), so administrators define them in the admin console's user-profile editor
 * and they travel with realm exports. Writes are all or nothing: every value is checked against its
 * definition before any is stored.
 *
 * <p>Not thread-safe; one instance per request.
 */
public final class UserDefinedFields {
    public static final String ANNOTATION = "authpack.udf";

    private final Map<String, UdfDefinition> definitions;

    public UserDefinedFields(KeycloakSession session) {
        this.definitions = load(session.getProvider(UserProfileProvider.class).getConfiguration());
    }

    private static Map<String, UdfDefinition> load(UPConfig config) {
        Map<String, UdfDefinition> found = new LinkedHashMap<>();
        for (UPAttribute attribute : config.getAttributes()) {
            Map<String, Object> annotations = attribute.getAnnotations();
            Object type = annotations == null ? null : annotations.get(ANNOTATION);
            if (type == null) {
                continue;
            }
            UdfType udfType;
            try {
                udfType = UdfType.valueOf(type.toString().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                continue;
            }
            found.put(attribute.getName(), new UdfDefinition(attribute.getName(), udfType,
                    attribute.getDisplayName() != null ? attribute.getDisplayName() : attribute.getName(), options(attribute)));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<String> options(UPAttribute attribute) {
        Map<String, Map<String, Object>> validations = attribute.getValidations();
        Object options = validations == null || validations.get("options") == null ? null : validations.get("options").get("options");
        return options instanceof List<?> list ? (List<String>) list.stream().map(String::valueOf).toList() : List.of();
    }

    public Map<String, UdfDefinition> definitions() {
        return definitions;
    }

    /**
     * Checks every value and returns the stored text per key; 2231 naming the key for an undefined key
     * or a value of the wrong type, before anything is written.
     */
    public Map<String, String> encode(Map<String, JsonNode> values) {
        if (values.isEmpty()) {
            throw AuthingError.BAD_PARAMETER.exception("no user-defined field given");
        }
        Map<String, String> encoded = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : values.entrySet()) {
            UdfDefinition definition = definitions.get(entry.getKey());
            if (definition == null) {
                throw AuthingError.BAD_PARAMETER.exception("'" + entry.getKey() + "' is not a user-defined field of this realm");
            }
            if (entry.getValue() == null || entry.getValue().isNull()) {
                throw AuthingError.BAD_PARAMETER.exception(entry.getKey() + ": value is required (use removeUdfValue to clear)");
            }
            try {
                encoded.put(entry.getKey(), definition.type().encode(entry.getValue(), definition.options()));
            } catch (AuthpackException e) {
                throw AuthingError.BAD_PARAMETER.exception(entry.getKey() + ": " + e.getMessage());
            }
        }
        return encoded;
    }

    public void write(UserModel user, Map<String, String> encoded) {
        encoded.forEach(user::setSingleAttribute);
    }

    /** The user's values, typed: Authing's {@code customData}. */
    public Map<String, Object> read(UserModel user) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (UdfDefinition definition : definitions.values()) {
            String stored = user.getFirstAttribute(definition.key());
            if (stored != null) {
                values.put(definition.key(), definition.type().decode(stored));
            }
        }
        return values;
    }

    /** {@code [{key, dataType, value, label}]} for the given keys, as Authing's setUdfValue answers. */
    public List<Map<String, Object>> describe(UserModel user, Iterable<String> keys) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String key : keys) {
            UdfDefinition definition = definitions.get(key);
            String stored = user.getFirstAttribute(key);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", key);
            item.put("dataType", definition.type().name());
            item.put("value", stored == null ? null : definition.type().decode(stored));
            item.put("label", definition.label());
            list.add(item);
        }
        return list;
    }

    public void remove(UserModel user, String key) {
        if (!definitions.containsKey(key)) {
            throw AuthingError.BAD_PARAMETER.exception("'" + key + "' is not a user-defined field of this realm");
        }
        user.removeAttribute(key);
    }
}
