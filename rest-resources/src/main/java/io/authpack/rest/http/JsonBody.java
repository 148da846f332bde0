package io.authpack.rest.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.authpack.core.error.AuthingError;

/**
 * A request's JSON object with typed, checked access: a field of the wrong type is a 2231 naming
 * the field, unknown fields are ignored (API.md), and bodies over {@value #MAX_BYTES} bytes are
 * refused before they are parsed.
 */
public final class JsonBody {
    public static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode node;

    private JsonBody(ObjectNode node) {
        this.node = node;
    }

    public static JsonBody read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw AuthingError.BAD_PARAMETER.exception("Request body could not be read");
        }
        if (bytes.length > MAX_BYTES) {
            throw AuthingError.BAD_PARAMETER.exception("Request body is larger than " + MAX_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw AuthingError.BAD_PARAMETER.exception("Request body must be a JSON object");
        }
        try {
            JsonNode parsed = JSON.readTree(bytes);
            if (parsed == null || !parsed.isObject()) {
                throw AuthingError.BAD_PARAMETER.exception("Request body must be a JSON object");
            }
            return new JsonBody((ObjectNode) parsed);
        } catch (JsonProcessingException e) {
            throw AuthingError.BAD_PARAMETER.exception("Request body is not valid JSON");
        } catch (IOException e) {
            throw AuthingError.BAD_PARAMETER.exception("Request body could not be read");
        }
    }

    public String string(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(field, "a string");
        }
        return value.textValue();
    }

    public String requiredString(String field) {
        String value = string(field);
        if (value == null || value.isBlank()) {
            throw AuthingError.BAD_PARAMETER.exception(field + " is required");
        }
        return value;
    }

    public boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw wrongType(field, "a boolean");
        }
        return value.booleanValue();
    }

    /** An optional JSON object field; null when absent. */
    public JsonBody object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(field, "an object");
        }
        return new JsonBody((ObjectNode) value);
    }

    /** Every field of this object with its JSON value. */
    public Map<String, JsonNode> fields() {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        return fields;
    }

    /** Whether the field is in the body at all, JSON null included. */
    public boolean present(String field) {
        return node.has(field);
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    private static RuntimeException wrongType(String field, String type) {
        return AuthingError.BAD_PARAMETER.exception(field + " must be " + type);
    }
}
