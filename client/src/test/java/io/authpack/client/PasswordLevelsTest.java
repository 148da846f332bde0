package io.authpack.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordLevelsTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {"''|1", "abcdefgh|1", "abcdefg1|2", "Abcdefghijk1|3", "abcdefghijk1|2",
            "ABCDEFGHIJ12|2", "Passw0rd!|2", "Passw0rd!Passw0rd|3", "abc\\n12345678|1"})
    void levelsMatchTheAuthingJsSdk(String password, int level) {
        assertEquals(level, new AuthenticationClient("http://localhost:1", "r", "c")
                .computedPasswordSecurityLevel(password.replace("\\n", "\n")));
    }
}
