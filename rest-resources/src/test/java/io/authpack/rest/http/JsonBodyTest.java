package io.authpack.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    private static JsonBody body(String json) {
        return JsonBody.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertBadParameter(Runnable call, String mentioning) {
        AuthpackException e = assertThrows(AuthpackException.class, call::run);
        assertEquals(AuthingError.BAD_PARAMETER, e.error());
        assertTrue(e.getMessage().contains(mentioning), e.getMessage());
    }

    @Test
    void typedFieldsAreRead() {
        JsonBody b = body("{\"email\":\"a@b.c\",\"forceLogin\":true,\"profile\":{\"nickname\":\"n\"},\"extra\":[1]}");
        assertEquals("a@b.c", b.string("email"));
        assertTrue(b.bool("forceLogin"));
        assertEquals("n", b.object("profile").string("nickname"));
    }

    @Test
    void absentAndNullFieldsAreEmpty() {
        JsonBody b = body("{\"email\":null}");
        assertNull(b.string("email"));
        assertFalse(b.bool("forceLogin"));
        assertNull(b.object("profile"));
        assertFalse(b.has("email"));
    }

    @Test
    void wrongTypesNameTheField() {
        JsonBody b = body("{\"email\":5,\"forceLogin\":\"true\",\"profile\":[]}");
        assertBadParameter(() -> b.string("email"), "email");
        assertBadParameter(() -> b.bool("forceLogin"), "forceLogin");
        assertBadParameter(() -> b.object("profile"), "profile");
    }

    @Test
    void requiredStringRefusesBlank() {
        assertBadParameter(() -> body("{\"password\":\"  \"}").requiredString("password"), "password");
        assertBadParameter(() -> body("{}").requiredString("password"), "password");
    }

    @Test
    void nonObjectsAndBrokenJsonAreRefused() {
        assertBadParameter(() -> body("[]"), "JSON object");
        assertBadParameter(() -> body("null"), "JSON object");
        assertBadParameter(() -> body(""), "JSON object");
        assertBadParameter(() -> body("{\"a\":"), "not valid JSON");
    }

    @Test
    void bodiesOverTheLimitAreRefusedUnparsed() {
        String big = "{\"a\":\"" + "x".repeat(JsonBody.MAX_BYTES) + "\"}";
        assertBadParameter(() -> body(big), "larger than");
    }
}
