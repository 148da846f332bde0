package io.authpack.core.udf;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.authpack.core.error.AuthingError;

/**
 * Authing's UDF data types and how each is kept in a Keycloak attribute: STRING and SELECT as the
 * text itself, NUMBER and BOOLEAN as their JSON text, DATETIME as epoch milliseconds (read back as
 * ISO-8601), OBJECT as JSON. A value of the wrong JSON type is refused (2231), as Authing's server
 * refuses the number 123 for a STRING field.
 */
public enum UdfType {
    STRING {
        @Override
        String encode(JsonNode value, List<String> options) {
            require(value.isTextual(), "a string");
            return value.textValue();
        }

        @Override
        JsonNode decode(String stored) {
            return JsonNodeFactory.instance.textNode(stored);
        }
    },
    NUMBER {
        @Override
        String encode(JsonNode value, List<String> options) {
            require(value.isNumber(), "a number");
            return value.numberValue().toString();
        }

        @Override
        JsonNode decode(String stored) {
            return parse(stored);
        }
    },
    DATETIME {
        @Override
        String encode(JsonNode value, List<String> options) {
            if (value.isIntegralNumber()) {
                return String.valueOf(value.longValue());
            }
            require(value.isTextual(), "epoch milliseconds or an ISO-8601 date-time");
            try {
                return String.valueOf(Instant.parse(value.textValue()).toEpochMilli());
            } catch (DateTimeParseException e) {
                throw AuthingError.BAD_PARAMETER.exception("value must be epoch milliseconds or an ISO-8601 date-time");
            }
        }

        @Override
        JsonNode decode(String stored) {
            try {
                return JsonNodeFactory.instance.textNode(Instant.ofEpochMilli(Long.parseLong(stored)).toString());
            } catch (NumberFormatException e) {
                return JsonNodeFactory.instance.textNode(stored);
            }
        }
    },
    BOOLEAN {
        @Override
        String encode(JsonNode value, List<String> options) {
            require(value.isBoolean(), "a boolean");
            return Boolean.toString(value.booleanValue());
        }

        @Override
        JsonNode decode(String stored) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(stored));
        }
    },
    OBJECT {
        @Override
        String encode(JsonNode value, List<String> options) {
            require(value.isObject(), "an object");
            return value.toString();
        }

        @Override
        JsonNode decode(String stored) {
            return parse(stored);
        }
    },
    SELECT {
        @Override
        String encode(JsonNode value, List<String> options) {
            require(value.isTextual(), "a string");
            if (options != null && !options.isEmpty() && !options.contains(value.textValue())) {
                throw AuthingError.BAD_PARAMETER.exception("value must be one of " + options);
            }
            return value.textValue();
        }

        @Override
        JsonNode decode(String stored) {
            return JsonNodeFactory.instance.textNode(stored);
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stored text for a JSON value; 2231 when the value's type does not fit. */
    abstract String encode(JsonNode value, List<String> options);

    /** The JSON value for stored text. */
    abstract JsonNode decode(String stored);

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw AuthingError.BAD_PARAMETER.exception("value must be " + what);
        }
    }

    private static JsonNode parse(String stored) {
        try {
            return JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.textNode(stored);
        }
    }
}
