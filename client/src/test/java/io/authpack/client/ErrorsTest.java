package io.authpack.client;

import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorsTest {

    @Test
    void restErrorCarriesServerCodeMessageStatusAndData() {
        AuthingException e = Errors.restError(409,
                "{\"code\":2026,\"message\":\"User already exists\",\"data\":{\"field\":\"email\"}}");

        assertEquals(2026, e.getCode());
        assertEquals("User already exists", e.getMessage());
        assertEquals(409, e.getHttpStatus());
        assertEquals("email", e.getData().get("field").asText());
    }

    @Test
    void restErrorWithNullDataHasNoData() {
        AuthingException e = Errors.restError(400, "{\"code\":2231,\"message\":\"bad\",\"data\":null}");

        assertEquals(2231, e.getCode());
        assertNull(e.getData());
    }

    @Test
    void nonJsonErrorPageIsATemporaryFailureKeepingTheStatus() {
        AuthingException e = Errors.restError(502, "<html><body>Bad Gateway</body></html>");

        assertEquals(1000, e.getCode());
        assertEquals(502, e.getHttpStatus());
        assertEquals("HTTP 502", e.getMessage());
    }

    @Test
    void codelessUnauthorizedRestErrorMeansNotLoggedIn() {
        AuthingException e = Errors.restError(401, "{\"error\":\"HTTP 401 Unauthorized\"}");

        assertEquals(2020, e.getCode());
        assertEquals("HTTP 401 Unauthorized", e.getMessage());
    }

    @Test
    void tokenErrorPrefersTheAuthingFieldsTheServerAdded() {
        AuthingException e = Errors.tokenError(401, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid"
                + " user credentials\",\"code\":2000,\"message\":\"Captcha required\"}", Errors.WRONG_CREDENTIALS);

        assertEquals(2000, e.getCode());
        assertEquals("Captcha required", e.getMessage());
        assertEquals(401, e.getHttpStatus());
    }

    @Test
    void codelessInvalidGrantGetsTheGrantSpecificCodeAndTheDescription() {
        AuthingException e = Errors.tokenError(401,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}",
                Errors.WRONG_CREDENTIALS);

        assertEquals(2333, e.getCode());
        assertEquals("Invalid user credentials", e.getMessage());
    }

    @Test
    void codelessInvalidClientIsNoPermission() {
        AuthingException e = Errors.tokenError(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}",
                Errors.WRONG_CREDENTIALS);

        assertEquals(1001, e.getCode());
    }

    @Test
    void codelessRateLimitIsTooManyRequests() {
        assertEquals(1002, Errors.tokenError(429, "", Errors.WRONG_CREDENTIALS).getCode());
    }

    @Test
    void otherCodelessTokenErrorsAreTemporaryFailures() {
        AuthingException e = Errors.tokenError(400,
                "{\"error\":\"unsupported_grant_type\",\"error_description\":\"Unsupported grant_type\"}",
                Errors.WRONG_CREDENTIALS);

        assertEquals(1000, e.getCode());
        assertEquals("Unsupported grant_type", e.getMessage());
        assertEquals(400, e.getHttpStatus());
    }

    @Test
    void rateLimitedRestErrorTakesRetryAfterFromTheHeader() {
        AuthingException e = Errors.restError(new Transport.Response(429,
                "{\"code\":1002,\"message\":\"Too many requests\",\"data\":{\"retryAfter\":60}}", "12"));

        assertEquals(1002, e.getCode());
        assertEquals(429, e.getHttpStatus());
        assertEquals(12L, e.getRetryAfterSeconds());
        assertEquals(60, e.getData().get("retryAfter").asInt());
    }

    @Test
    void retryAfterFallsBackToTheBodyWhenTheHeaderIsMissingOrUnusable() {
        String body = "{\"code\":1002,\"message\":\"Too many requests\",\"data\":{\"retryAfter\":60}}";

        assertEquals(60L, Errors.restError(new Transport.Response(429, body, null)).getRetryAfterSeconds());
        assertEquals(60L, Errors.restError(new Transport.Response(429, body, "soon")).getRetryAfterSeconds());
    }

    @Test
    void retryAfterAsAnHttpDateIsSecondsFromNow() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));

        Long seconds = Errors.retryAfterSeconds(inTwoMinutes, null);

        assertTrue(seconds >= 110 && seconds <= 120, String.valueOf(seconds));
        assertEquals(0L, Errors.retryAfterSeconds("Thu, 01 Jan 1970 00:00:00 GMT", null));
    }

    @Test
    void errorsWithoutRetryInformationHaveNone() {
        assertNull(Errors.restError(400, "{\"code\":2231,\"message\":\"bad\"}").getRetryAfterSeconds());
    }

    @Test
    void rateLimitedTokenErrorTakesRetryAfterToo() {
        AuthingException e = Errors.tokenError(new Transport.Response(429, "", "5"), Errors.WRONG_CREDENTIALS);

        assertEquals(1002, e.getCode());
        assertEquals(5L, e.getRetryAfterSeconds());
    }
}
