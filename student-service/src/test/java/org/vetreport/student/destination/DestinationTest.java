package org.vetreport.student.destination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.student.student.Gender;
import org.vetreport.student.student.Programme;
import org.vetreport.student.student.StatusChange;
import org.vetreport.student.student.Student;
import org.vetreport.student.student.StudentStatus;

class DestinationTest {

    private static final Student ENROLLED = new Student("2020001", "张三", Gender.MALE, null, LocalDate.of(2005, 1, 1),
            "0306", null, Programme.THREE_YEAR, true, LocalDate.of(2020, 9, 1), LocalDate.of(2023, 6, 30), null);
    private static final Student GRADUATED = ENROLLED.withStatusChange(
            new StatusChange(StudentStatus.GRADUATED, LocalDate.of(2023, 6, 30), null));

    private static Destination employed(String salary) {
        return new Destination("2020001", 2023, DestinationKind.EMPLOYED, true, false,
                salary == null ? null : new BigDecimal(salary), " 嘉兴某智能装备有限公司 ");
    }

    private static List<FieldError> errorsOf(Runnable creation) {
        try {
            creation.run();
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void aSalaryIsKeptExactToTheFenWhateverScaleItWasWrittenWith() {
        assertThat(employed("4200.5").firstMonthlySalary()).isEqualTo(new BigDecimal("4200.50"));
        assertThat(employed("4200.500").firstMonthlySalary()).isEqualTo(new BigDecimal("4200.50"));
        assertThat(employed("3500")).isEqualTo(employed("3500.00"));
        assertThat(employed("0").firstMonthlySalary()).isEqualTo(new BigDecimal("0.00"));
        assertThat(employed(null).employer()).isEqualTo("嘉兴某智能装备有限公司");
    }

    @Test
    void aThirdDecimalIsRefusedNotRounded() {
        assertThat(errorsOf(() -> employed("4200.555"))).containsExactly(new FieldError("firstMonthlySalary",
                "must be yuan with at most 2 decimals (fen); 4200.555 is not rounded here"));
    }

    @Test
    void aNegativeSalaryIsRefused() {
        assertThat(errorsOf(() -> employed("-1"))).extracting(FieldError::message).containsExactly("must not be negative");
    }

    @Test
    void anImplausibleOrAbsurdlyScaledSalaryIsRefusedWithoutExpandingIt() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(errorsOf(() -> employed("1000000.01"))).extracting(FieldError::message)
                    .containsExactly("must be at most 1000000 yuan: the pay of one month");
            assertThat(errorsOf(() -> employed("1E+999999999"))).extracting(FieldError::field).containsExactly("firstMonthlySalary");
            assertThat(errorsOf(() -> employed("1E-999999999"))).extracting(FieldError::message)
                    .containsExactly("must be yuan with at most 2 decimals (fen); 1E-999999999 is not rounded here");
        });
        assertThat(employed("1000000").firstMonthlySalary()).isEqualTo(new BigDecimal("1000000.00"));
    }

    @Test
    void relevanceLocalityAndSalaryApplyOnlyToGraduatesWhoWork() {
        List<FieldError> errors = errorsOf(() -> new Destination("2020001", 2023, DestinationKind.FURTHER_EDUCATION,
                false, true, BigDecimal.ONE, null));

        assertThat(errors).extracting(FieldError::field).containsExactly("relevantToMajor", "local", "firstMonthlySalary");
        assertThat(errors.get(0).message()).isEqualTo("applies only when destination is EMPLOYED or SELF_EMPLOYED, not FURTHER_EDUCATION");
        assertThat(new Destination("2020001", 2023, DestinationKind.SELF_EMPLOYED, true, true, BigDecimal.TEN, null).local()).isTrue();
        assertThat(new Destination("2020001", 2023, DestinationKind.UNEMPLOYED, null, null, null, " ").employer()).isNull();
    }

    @Test
    void studentNumberYearAndDestinationAreRequired() {
        assertThat(errorsOf(() -> new Destination("20 20", null, null, null, null, null, null)))
                .extracting(FieldError::field).containsExactly("studentNo", "graduationYear", "destination");
    }

    @Test
    void onlyAStudentOfTheSchoolWhoGraduatedInThatYearHasADestination() {
        assertThat(Destination.graduateProblems("2020001", 2023, GRADUATED)).isEmpty();
        assertThat(Destination.graduateProblems("2020009", 2023, null)).containsExactly(
                new FieldError("studentNo", "'2020009' is not a student of this school"));
        assertThat(Destination.graduateProblems("2020001", 2023, ENROLLED)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("studentNo");
            assertThat(problem.message()).startsWith("student '2020001' is ENROLLED, not GRADUATED");
        });
        assertThat(Destination.graduateProblems("2020001", 2022, GRADUATED)).containsExactly(new FieldError(
                "graduationYear", "must be 2023, the year student '2020001' graduated (2023-06-30)"));
    }

    @Test
    void draftsListTheGraduationRuleBesideTheOtherBrokenRules() {
        DestinationRequest request = new DestinationRequest(null, 2023, DestinationKind.ENLISTED, true, null, null, null);

        assertThatThrownBy(() -> DestinationDrafts.from(request, "2020001", number -> ENROLLED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("studentNo", "relevantToMajor"));
    }
}
