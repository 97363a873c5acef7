package org.vetreport.student.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    private final String valid = TestIdNumbers.of(LocalDate.of(2004, 2, 15), 123);

    @Test
    void aNumberWithTheRightCheckCharacterIsValidAndGivesTheBirthDate() {
        assertThat(IdNumber.problem(valid)).isEmpty();
        assertThat(IdNumber.birthDate(valid)).contains(LocalDate.of(2004, 2, 15));
    }

    @Test
    void aMistypedDigitIsCaughtByTheCheckCharacter() {
        String mistyped = valid.substring(0, 16) + (char) ('0' + (valid.charAt(16) - '0' + 1) % 10) + valid.charAt(17);

        assertThat(IdNumber.problem(mistyped)).hasValueSatisfying(problem -> assertThat(problem).contains("check character"));
    }

    @Test
    void impossibleBirthDatesWrongLengthsAndUnknownProvincesAreRejected() {
        assertThat(IdNumber.problem("33040220040230123X")).hasValueSatisfying(p -> assertThat(p).contains("birth date"));
        assertThat(IdNumber.problem("3304022004021512")).hasValueSatisfying(p -> assertThat(p).contains("18 characters"));
        assertThat(IdNumber.problem("99" + valid.substring(2))).hasValueSatisfying(p -> assertThat(p).contains("province"));
    }

    @Test
    void problemsNeverRepeatTheNumber() {
        assertThat(IdNumber.problem(valid.substring(0, 17) + "0")).hasValueSatisfying(p -> assertThat(p).doesNotContain(valid.substring(0, 17)));
    }

    @Test
    void maskKeepsRegionAndLastFourCharacters() {
        assertThat(IdNumber.mask("33040220040215123X")).isEqualTo("330402********123X");
        assertThat(IdNumber.normalize(" 33040220040215123x ")).isEqualTo("33040220040215123X");
    }
}
