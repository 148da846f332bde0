package io.authpack.core.password;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JS SDK's own table of inputs and levels, which the port must reproduce exactly. */
class PasswordStrengthTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''|1", "abcdefgh|1", "abcdefg1|2", "Abcdefghijk1|3", "abcdefghijk1|2", "ABCDEFGHIJ12|2",
            "Passw0rd!|2", "Passw0rd!Passw0rd|3", "Abcdefghij1|2"})
    void levelsMatchTheAuthingSdk(String password, int level) {
        assertEquals(level, PasswordStrength.level(password));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc\\n12345678|1", "Abcdefghijk\\n1|1", "a1\\nbcdefgh|2"})
    void charactersAfterALineBreakDoNotCountAsInTheSdk(String password, int level) {
        assertEquals(level, PasswordStrength.level(password.replace("\\n", "\n")));
    }

    @org.junit.jupiter.api.Test
    void lengthCountsUtf16CodeUnitsAsJavaScriptDoes() {
        String sixEmoji = "\uD83D\uDE00".repeat(6);
        assertEquals(PasswordStrength.MIDDLE, PasswordStrength.level("aA1" + sixEmoji.substring(0, 5)));
        assertEquals(PasswordStrength.HIGH, PasswordStrength.level("aA1" + sixEmoji.substring(0, 9)));
    }
}
