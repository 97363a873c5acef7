package org.vetreport.student.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class AssessmentDraftsTest {

    private static final Predicate<String> KNOWN = Set.of("2020001")::contains;

    private static AssessmentRequest body(Integer year, Subject subject) {
        return new AssessmentRequest(null, year, null, null, subject, true, null);
    }

    @Test
    void aPutTakesTheKeyFieldsFromThePath() {
        Assessment assessment = AssessmentDrafts.forKey("2020001:2020:1:CULTURAL:CHINESE", body(null, null), KNOWN);

        assertThat(assessment).isEqualTo(new Assessment("2020001", 2020, 1, AssessmentKind.CULTURAL, Subject.CHINESE, true, null));
    }

    @Test
    void keyFieldsInTheBodyMustAgreeWithThePath() {
        assertThatThrownBy(() -> AssessmentDrafts.forKey("2020001:2020:1:CULTURAL:CHINESE", body(2021, Subject.MATH), KNOWN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("year", "subject"));
    }

    @Test
    void aKeyNotWrittenAsTheAssessmentComposesItIsRefused() {
        assertThatThrownBy(() -> AssessmentDrafts.forKey("2020001:02020:1:SKILL:-", body(null, null), KNOWN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("key"));
    }

    @Test
    void anUnknownStudentIsReportedTogetherWithTheOtherProblems() {
        AssessmentRequest row = new AssessmentRequest("2020999", 2020, 3, AssessmentKind.SKILL, null, true, null);

        assertThatThrownBy(() -> AssessmentDrafts.fromRow(row, KNOWN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("studentNo", "'2020999' is not a student of this school; record the student first"),
                        new FieldError("term", "must be 1 or 2")));
    }

    @Test
    void anImportRowIsKeyedByTheKeyItComposes() {
        AssessmentRequest row = new AssessmentRequest("2020001", 2020, 2, AssessmentKind.FITNESS, null, false, null);

        assertThat(AssessmentDrafts.fromRow(row, KNOWN).key()).isEqualTo("2020001:2020:2:FITNESS:-");
    }
}
