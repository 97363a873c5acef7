package org.vetreport.student.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class AssessmentTest {

    private static Assessment cultural(Subject subject, String score) {
        return new Assessment("2020001", 2020, 1, AssessmentKind.CULTURAL, subject, true,
                score == null ? null : new BigDecimal(score));
    }

    private static Assessment fitness(Integer year, Integer term, Subject subject, String score) {
        return new Assessment("2020001", year, term, AssessmentKind.FITNESS, subject, false,
                score == null ? null : new BigDecimal(score));
    }

    private static void assertBroken(Runnable construction, String... fields) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields));
    }

    @Test
    void theKeyIsStudentYearTermKindAndSubjectWithADashForNoSubject() {
        assertThat(cultural(Subject.CHINESE, null).key()).isEqualTo("2020001:2020:1:CULTURAL:CHINESE");
        assertThat(fitness(2020, 2, null, null).key()).isEqualTo("2020001:2020:2:FITNESS:-");
    }

    @Test
    void aKeyParsesBackIntoItsFields() {
        assertThat(Assessment.Key.parse("2020001:2020:1:CULTURAL:CHINESE"))
                .isEqualTo(new Assessment.Key("2020001", 2020, 1, AssessmentKind.CULTURAL, Subject.CHINESE));
        assertThat(Assessment.Key.parse("2020001:2020:2:FITNESS:-").subject()).isNull();
    }

    @Test
    void keyFieldsOfTheWrongTypeAreNamed() {
        assertThatThrownBy(() -> Assessment.Key.parse("2020001:20x0:1:EXAM:-"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("year", "'20x0' in the key is not a year such as 2020"),
                        new FieldError("kind", "'EXAM' in the key is not one of [CULTURAL, SKILL, FITNESS]")));
        assertBroken(() -> Assessment.Key.parse("2020001:2020:1"), "key");
    }

    @Test
    void aCulturalAssessmentNeedsASubject() {
        assertThatThrownBy(() -> cultural(null, null)).hasMessageContaining("subject: is required for a CULTURAL assessment");
    }

    @Test
    void onlyCulturalAssessmentsHaveASubject() {
        assertThatThrownBy(() -> fitness(2020, 1, Subject.PE, null))
                .hasMessageContaining("subject: must be absent unless kind is CULTURAL; a FITNESS assessment has no subject");
    }

    @Test
    void theTermIsOneOrTwoAndTheYearFrom2000To2100() {
        assertBroken(() -> fitness(1999, 3, null, null), "year", "term");
        assertBroken(() -> fitness(2101, 0, null, null), "year", "term");
        assertThat(fitness(2000, 1, null, null).year()).isEqualTo(2000);
        assertThat(fitness(2100, 2, null, null).term()).isEqualTo(2);
    }

    @Test
    void theScoreLiesFrom0To100WithAtMostOneDecimal() {
        assertThatThrownBy(() -> cultural(Subject.MATH, "-0.5")).hasMessageContaining("score: must be from 0 to 100");
        assertThatThrownBy(() -> cultural(Subject.MATH, "100.5")).hasMessageContaining("score: must be from 0 to 100");
        assertThatThrownBy(() -> cultural(Subject.MATH, "86.55")).hasMessageContaining("score: must have at most one decimal");
        assertThat(cultural(Subject.MATH, "0").score()).isEqualByComparingTo("0");
        assertThat(cultural(Subject.MATH, "100").score()).isEqualByComparingTo("100");
    }

    @Test
    void equalScoresAreKeptInOneForm() {
        assertThat(cultural(Subject.MATH, "85.50").score()).isEqualTo(new BigDecimal("85.5"));
        assertThat(cultural(Subject.MATH, "100.0").score()).isEqualTo(new BigDecimal("100"));
        assertThat(cultural(Subject.MATH, "0.0").score()).isEqualTo(new BigDecimal("0"));
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        assertBroken(() -> new Assessment(null, null, null, null, null, null, null),
                "studentNo", "year", "term", "kind", "passed");
    }
}
