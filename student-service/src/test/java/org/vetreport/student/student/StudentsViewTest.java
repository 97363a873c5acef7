package org.vetreport.student.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.lock.LockRule;
import org.vetreport.platform.kit.lock.ReportPeriod;

class StudentsViewTest {

    private static final Students TYPE = new Students();
    private static final List<ReportPeriod> LOCKED_2022 =
            List.of(new ReportPeriod(2022, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));

    private static Student student(String name, String className, String majorCode) {
        return new Student("2020001", name, Gender.MALE, null, LocalDate.of(2005, 1, 1), majorCode, className,
                Programme.THREE_YEAR, true, LocalDate.of(2020, 9, 1), LocalDate.of(2023, 6, 30), null);
    }

    private static Student student() {
        return student("张三", "1班", "0306");
    }

    private static StatusChange change(StudentStatus status, String on) {
        return new StatusChange(status, LocalDate.parse(on), null);
    }

    private static List<String> refusedFields(Student before, Student after) {
        return LockRule.check(TYPE, "jxtc", "2020001", before, after, LOCKED_2022)
                .map(e -> e.errors().stream().map(FieldError::field).toList()).orElse(List.of());
    }

    @Test
    void aStatusChangeEffectiveAfterTheLockedYearIsAllowed() {
        Student before = student();

        assertThat(refusedFields(before, before.withStatusChange(change(StudentStatus.GRADUATED, "2023-06-30"))))
                .isEmpty();
    }

    @Test
    void aStatusChangeBackDatedIntoTheLockedYearIsRefusedNamingTheHistory() {
        Student before = student();

        assertThat(refusedFields(before, before.withStatusChange(change(StudentStatus.SUSPENDED, "2022-03-01"))))
                .containsExactly("statusHistory");
    }

    @Test
    void aWithdrawalBackDatedBeforeTheLockedYearTakesTheStudentOutOfItsFiguresAndIsRefused() {
        Student before = student();

        assertThat(refusedFields(before, before.withStatusChange(change(StudentStatus.WITHDRAWN, "2021-06-30"))))
                .containsExactly("statusHistory");
    }

    @Test
    void nameAndClassStayCorrectableWhileTheMajorCountsInTheFigures() {
        assertThat(refusedFields(student(), student("张叁", "2班", "0306"))).isEmpty();
        assertThat(refusedFields(student(), student("张三", "1班", "0307"))).containsExactly("majorCode");
    }

    @Test
    void aStudentWhoLeftBeforeTheLockedYearIsNotInItsFigures() {
        Student left = student().withStatusChange(change(StudentStatus.WITHDRAWN, "2021-06-30"));

        assertThat(TYPE.view(left, LOCKED_2022.get(0))).isEmpty();
        assertThat(refusedFields(left, null)).isEmpty();
    }

    @Test
    void enrollingAStudentIntoTheLockedYearIsRefusedNamingTheEnrolmentDate() {
        assertThat(refusedFields(null, student())).containsExactly("enrolledOn");
    }
}
