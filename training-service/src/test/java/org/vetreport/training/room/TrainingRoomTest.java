package org.vetreport.training.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class TrainingRoomTest {

    private static final LocalDate OPENED = LocalDate.of(2018, 9, 1);

    private static TrainingRoom room(String area, LocalDate closedOn, String... majorCodes) {
        return new TrainingRoom("SX-101", " 工业机器人实训室 ", " ", Arrays.asList(majorCodes), new BigDecimal(area), 40,
                OPENED, closedOn);
    }

    private static List<String> fieldsOf(Runnable creation) {
        try {
            creation.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(fieldsOf(() -> new TrainingRoom(null, " ", null, null, null, null, null, null)))
                .containsExactly("code", "name", "workstations", "openedOn", "area");
    }

    @Test
    void textIsStrippedABlankBaseIsAbsentAndMajorsMayBeLeftOut() {
        TrainingRoom room = room("320.5", null);

        assertThat(room.name()).isEqualTo("工业机器人实训室");
        assertThat(room.base()).isNull();
        assertThat(new TrainingRoom("SX-1", "钳工", null, null, BigDecimal.TEN, 0, OPENED, null).majorCodes()).isEmpty();
    }

    @Test
    void theAreaIsExactPositiveWithAtMostTwoDecimalsAndKeptWithoutTrailingZeros() {
        assertThat(room("320.50", null)).isEqualTo(room("320.5", null));
        assertThat(room("320.50", null).area()).isEqualTo(new BigDecimal("320.5"));
        assertThat(room("1.2E+2", null).area().toPlainString()).isEqualTo("120");
        assertThat(fieldsOf(() -> room("0", null))).containsExactly("area");
        assertThat(fieldsOf(() -> room("-5", null))).containsExactly("area");
        assertThat(fieldsOf(() -> room("1000000.01", null))).containsExactly("area");
        assertThat(fieldsOf(() -> room("12.345", null))).containsExactly("area");
    }

    @Test
    void workstationsAreNotNegative() {
        assertThatThrownBy(() -> new TrainingRoom("SX-1", "钳工", null, null, BigDecimal.TEN, -1, OPENED, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("workstations", "must not be negative")));
    }

    @Test
    void closedOnIsAfterOpenedOn() {
        assertThatThrownBy(() -> room("10", OPENED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("closedOn", "must be after openedOn (2018-09-01)")));
        assertThat(room("10", OPENED.plusDays(1)).closedOn()).isEqualTo(OPENED.plusDays(1));
    }

    @Test
    void majorCodesAreWellFormedAndEachNamedOnce() {
        assertThatThrownBy(() -> room("10", null, "0306", "03 06", "0306"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("majorCodes[1]", "must be a major code: 1 to 32 letters, digits, '.', '_' or '-', "
                                + "starting with a letter or digit"),
                        new FieldError("majorCodes[2]", "names '0306' a second time")));
    }

    @Test
    void codesAndNamesHaveTheirForms() {
        assertThat(fieldsOf(() -> new TrainingRoom("SX/1", "a\tb", "x".repeat(101), null, BigDecimal.TEN, 1, OPENED, null)))
                .containsExactly("code", "name", "base");
    }

    @Test
    void aRoomIsOpenFromItsOpeningDayUntilTheDayBeforeItCloses() {
        TrainingRoom room = room("10", LocalDate.of(2024, 7, 1));

        assertThat(room.openOn(OPENED.minusDays(1))).isFalse();
        assertThat(room.openOn(OPENED)).isTrue();
        assertThat(room.openOn(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(room.openOn(LocalDate.of(2024, 7, 1))).isFalse();
        assertThat(room("10", null).openOn(LocalDate.of(2099, 1, 1))).isTrue();
    }
}
