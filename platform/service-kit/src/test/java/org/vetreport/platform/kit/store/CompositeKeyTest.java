package org.vetreport.platform.kit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.error.InvalidInputException;

class CompositeKeyTest {

    @Test
    void fieldsAreJoinedWithColonsAndAnAbsentOneIsADash() {
        assertThat(CompositeKey.of("2020001", 2020, 2, "FITNESS", null)).isEqualTo("2020001:2020:2:FITNESS:-");
    }

    @Test
    void aKeyWithAnotherNumberOfFieldsIsRefusedWithItsForm() {
        assertThat(CompositeKey.split("A:2020", 2, "survey:year")).containsExactly("A", "2020");
        assertThatThrownBy(() -> CompositeKey.split("A:2020:1", 2, "survey:year"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("key", "'A:2020:1' must have the form survey:year")));
    }

    @Test
    void aFieldThatIsNotOfItsTypeIsNamedAndADashIsAbsent() {
        FieldErrors errors = new FieldErrors();

        Integer year = CompositeKey.field("2020", Integer::valueOf, "year", "a year", errors);
        Integer absent = CompositeKey.field("-", Integer::valueOf, "year", "a year", errors);
        Integer wrong = CompositeKey.field("20x0", Integer::valueOf, "year", "a year", errors);

        assertThat(year).isEqualTo(2020);
        assertThat(absent).isNull();
        assertThat(wrong).isNull();
        assertThat(errors.list()).containsExactly(new FieldError("year", "'20x0' in the key is not a year"));
    }

    @Test
    void aBodyMayLeaveKeyFieldsOutButNotContradictThem() {
        FieldErrors errors = new FieldErrors();

        CompositeKey.agree("year", null, 2020, errors);
        CompositeKey.agree("year", 2020, 2020, errors);
        CompositeKey.agree("year", 2021, 2020, errors);
        CompositeKey.agree("subject", "MATH", null, errors);

        assertThat(errors.list()).containsExactly(
                new FieldError("year", "'2021' differs from the key in the path, which has '2020'"),
                new FieldError("subject", "'MATH' differs from the key in the path, which has '-'"));
    }

    @Test
    void aKeyMustBeWrittenExactlyAsTheRecordComposesIt() {
        CompositeKey.checkWrittenAs("CAREER_PROSPECTS:2020", "CAREER_PROSPECTS:2020");

        assertThatThrownBy(() -> CompositeKey.checkWrittenAs("CAREER_PROSPECTS:02020", "CAREER_PROSPECTS:2020"))
                .hasMessageContaining("key: 'CAREER_PROSPECTS:02020' is not written as this record's key is");
    }
}
