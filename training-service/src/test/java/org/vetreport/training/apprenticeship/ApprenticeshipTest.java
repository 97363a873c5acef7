package org.vetreport.training.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class ApprenticeshipTest {

    private static Apprenticeship apprenticeship(String... studentNos) {
        return new Apprenticeship("XTZ-2020-01", "RH001", "0306", 2020, Arrays.asList(studentNos), 12, 6);
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
        assertThat(fieldsOf(() -> new Apprenticeship(null, null, null, null, null, null, null)))
                .containsExactly("code", "partnerCode", "majorCode", "year", "mentors", "courses", "studentNos");
    }

    @Test
    void atLeastOneApprenticeEachAWellFormedStudentNumberNamedOnce() {
        assertThat(fieldsOf(ApprenticeshipTest::apprenticeship)).containsExactly("studentNos");
        assertThatThrownBy(() -> apprenticeship("2020001", "2020 002", "2020001"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("studentNos[1]", "must be a student number: 1 to 32 letters, digits or '-', "
                                + "starting with a letter or digit"),
                        new FieldError("studentNos[2]", "names '2020001' a second time")));
        assertThat(apprenticeship("2020001", "2020002").studentNos()).containsExactly("2020001", "2020002");
    }

    @Test
    void mentorsAndCoursesAreCountsNotNegativeAndMayBeZero() {
        assertThat(fieldsOf(() -> new Apprenticeship("A1", "RH001", "0306", 2020, List.of("1"), -1, -2)))
                .containsExactly("mentors", "courses");
        assertThat(new Apprenticeship("A1", "RH001", "0306", 2020, List.of("1"), 0, 0).mentors()).isZero();
    }

    @Test
    void theYearLiesBetween2000And2100AndCodesHaveTheirForms() {
        assertThat(fieldsOf(() -> new Apprenticeship("A 1", "RH 1", "03/06", 1999, List.of("1"), 1, 1)))
                .containsExactly("code", "partnerCode", "majorCode", "year");
        assertThat(fieldsOf(() -> new Apprenticeship("A1", "RH1", "0306", 2101, List.of("1"), 1, 1))).containsExactly("year");
    }

    @Test
    void draftsReportAPartnerUnknownToTheSchoolTogetherWithTheRulesBroken() {
        ApprenticeshipRequest request = new ApprenticeshipRequest(null, "RH009", "0306", 2020, List.of("1"), -1, 6);

        assertThatThrownBy(() -> ApprenticeshipDrafts.from(request, "A1", Set.of("RH001")::contains))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("partnerCode", "'RH009' is not a partner of this school; record the partner first"),
                        new FieldError("mentors", "must not be negative")));
        ApprenticeshipRequest valid = new ApprenticeshipRequest(null, "RH009", "0306", 2020, List.of("1"), 12, 6);
        assertThat(ApprenticeshipDrafts.from(valid, "A1", Set.of("RH009")::contains).code()).isEqualTo("A1");
    }
}
