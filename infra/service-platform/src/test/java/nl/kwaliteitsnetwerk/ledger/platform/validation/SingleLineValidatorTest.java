package nl.kwaliteitsnetwerk.ledger.platform.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SingleLineValidatorTest {

    private final SingleLineValidator validator = new SingleLineValidator();

    @ParameterizedTest
    @ValueSource(strings = {"ROC Midden Nederland", "Ōtsuka & Zoon", "مدرسة", "KS1.2", "", "Zorg 👩‍⚕️"})
    void oneLineOfAnyScriptIsTaken(String text) {
        assertThat(validator.isValid(text, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\tb", "a\u0000b", "a\u001B[31mb", "a\u0085b", "a\u2028b", "a\u2029b",
            "a\u202Eb", "a\u202Ab", "a\u2066b", "a\u2069b", "a\u200Fb", "a\u200Eb", "a\u061Cb"})
    void lineBreaksControlsAndDirectionChangesAreRefused(String text) {
        assertThat(validator.isValid(text, null)).isFalse();
    }

    @Test
    void noValueIsLeftToNotNull() {
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
