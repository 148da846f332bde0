package io.authpack.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Turns the two error shapes of the Authpack contract into {@link AuthingException}s: the REST shape
 * {@code {code, message, data}} and the OAuth token-endpoint shape {@code {error, error_description, code, message}}.
 * Bodies without a code (a proxy's HTML page, a plain Keycloak OAuth error) still get an Authing code, chosen from
 * the HTTP status or OAuth error, so callers can always branch on {@link AuthingException#getCode()}.
 */
final class Errors {

    static final int TEMPORARY_FAILURE = 1000;
    static final int NO_PERMISSION = 1001;
    static final int TOO_MANY_REQUESTS = 1002;
    static final int CODE_WRONG = 2001;
    static final int NOT_LOGGED_IN = 2020;
    static final int TOKEN_INVALID = 2207;
    static final int CODE_EXPIRED = 2300;
    static final int WRONG_CREDENTIALS = 2333;
    static final int UNAVAILABLE_STATUS = 503;

    private Errors() {
    }

    static AuthingException unavailable(String message, Throwable cause) {
        return new AuthingException(TEMPORARY_FAILURE, message, UNAVAILABLE_STATUS, null, cause);
    }

    static AuthingException restError(int status, String body) {
        return restError(new Transport.Response(status, body));
    }

    /** The REST error of a failed response, with its {@code Retry-After}. */
    static AuthingException restError(Transport.Response response) {
        int status = response.status();
        JsonNode json = Json.parseOrNull(response.body());
        Integer code = intField(json, "code");
        String message = firstText(json, "message", "error_description", "error");
        JsonNode data = dataOf(json);
        return new AuthingException(
                code != null ? code : codeForStatus(status),
                message != null ? message : "HTTP " + status,
                status,
                data,
                retryAfterSeconds(response.retryAfter(), data),
                null);
    }

    static AuthingException tokenError(int status, String body, int invalidGrantCode) {
        return tokenError(new Transport.Response(status, body), invalidGrantCode);
    }

    /**
     * @param invalidGrantCode the Authing code meaning "this grant's credential was rejected" for the grant that
     *                         was attempted (2333 for passwords, 2001 for SMS codes, 2300 for login codes, 2207 for
     *                         refresh tokens); used only when the server did not send a code itself
     */
    static AuthingException tokenError(Transport.Response response, int invalidGrantCode) {
        int status = response.status();
        JsonNode json = Json.parseOrNull(response.body());
        Integer code = intField(json, "code");
        String error = firstText(json, "error");
        String message = firstText(json, "message", "error_description", "error");
        if (code == null) {
            if ("invalid_grant".equals(error)) {
                code = invalidGrantCode;
            } else if ("invalid_client".equals(error) || "unauthorized_client".equals(error)) {
                code = NO_PERMISSION;
            } else if (status == 429) {
                code = TOO_MANY_REQUESTS;
            } else {
                code = TEMPORARY_FAILURE;
            }
        }
        JsonNode data = dataOf(json);
        return new AuthingException(code, message != null ? message : "HTTP " + status, status, data,
                retryAfterSeconds(response.retryAfter(), data), null);
    }

    /**
     * {@code Retry-After} as delta-seconds or an HTTP date (RFC 9110 §10.2.3), else the body's
     * {@code data.retryAfter}; {@code null} when neither is usable.
     */
    static Long retryAfterSeconds(String header, JsonNode data) {
        if (header != null && !header.isBlank()) {
            String value = header.trim();
            try {
                return Math.max(0, Long.parseLong(value));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return Math.max(0, Duration.between(Instant.now(), at).toSeconds());
                } catch (DateTimeParseException notADate) {
                    // Unusable header: fall back to the body.
                }
            }
        }
        if (data != null && data.isObject()) {
            JsonNode node = data.get("retryAfter");
            if (node != null && node.isIntegralNumber()) {
                return Math.max(0, node.longValue());
            }
        }
        return null;
    }

    private static int codeForStatus(int status) {
        return switch (status) {
            case 401 -> NOT_LOGGED_IN;
            case 403 -> NO_PERMISSION;
            case 429 -> TOO_MANY_REQUESTS;
            default -> TEMPORARY_FAILURE;
        };
    }

    private static Integer intField(JsonNode json, String name) {
        if (json == null || !json.isObject()) {
            return null;
        }
        JsonNode node = json.get(name);
        if (node != null && node.isIntegralNumber()) {
            return node.intValue();
        }
        if (node != null && node.isTextual()) {
            try {
                return Integer.valueOf(node.textValue().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String firstText(JsonNode json, String... names) {
        if (json == null || !json.isObject()) {
            return null;
        }
        for (String name : names) {
            JsonNode node = json.get(name);
            if (node != null && node.isTextual() && !node.textValue().isBlank()) {
                return node.textValue();
            }
        }
        return null;
    }

    private static JsonNode dataOf(JsonNode json) {
        if (json == null || !json.isObject()) {
            return null;
        }
        JsonNode data = json.get("data");
        return data == null || data.isNull() ? null : data;
    }
}
