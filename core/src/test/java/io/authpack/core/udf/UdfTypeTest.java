package io.authpack.core.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.authpack.core.error.AuthingError;
import io.authpack.core.error.AuthpackException;
import org.junit.jupiter.api.Test;

/** How each Authing type is stored and read back, and which JSON values it refuses. */
class UdfTypeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static String roundTrip(UdfType type, String value) throws Exception {
        return type.decode(type.encode(json(value), List.of("gold", "silver"))).toString();
    }

    private static void refused(UdfType type, String value) {
        AuthpackException e = assertThrows(AuthpackException.class, () -> type.encode(json(value), List.of("gold")));
        assertEquals(AuthingError.BAD_PARAMETER, e.error());
    }

    @Test
    void valuesComeBackWithTheirType() throws Exception {
        assertEquals("\"华中科技大学\"", roundTrip(UdfType.STRING, "\"华中科技大学\""));
        assertEquals("21.5", roundTrip(UdfType.NUMBER, "21.5"));
        assertEquals("7", roundTrip(UdfType.NUMBER, "7"));
        assertEquals("true", roundTrip(UdfType.BOOLEAN, "true"));
        assertEquals("{\"a\":{\"b\":[1,2]}}", roundTrip(UdfType.OBJECT, "{\"a\":{\"b\":[1,2]}}"));
        assertEquals("\"gold\"", roundTrip(UdfType.SELECT, "\"gold\""));
    }

    @Test
    void datetimesAreStoredAsEpochMillisAndReadAsIso() throws Exception {
        assertEquals("1620000000000", UdfType.DATETIME.encode(json("1620000000000"), List.of()));
        assertEquals("1620000000000", UdfType.DATETIME.encode(json("\"2021-05-03T00:00:00Z\""), List.of()));
        assertEquals("\"2021-05-03T00:00:00Z\"", UdfType.DATETIME.decode("1620000000000").toString());
    }

    @Test
    void wrongJsonTypesAreRefused() {
        refused(UdfType.STRING, "123");
        refused(UdfType.NUMBER, "\"123\"");
        refused(UdfType.BOOLEAN, "\"true\"");
        refused(UdfType.OBJECT, "[1]");
        refused(UdfType.SELECT, "\"bronze\"");
        refused(UdfType.DATETIME, "\"next week\"");
        refused(UdfType.DATETIME, "1.5");
    }
}
