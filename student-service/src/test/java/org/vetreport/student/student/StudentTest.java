package org.vetreport.student.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class StudentTest {

    private static final LocalDate ENROLLED = LocalDate.of(2020, 9, 1);

    private static Student student(List<StatusChange> history) {
        return new Student("2020001", "张三", Gender.MALE, null, LocalDate.of(2005, 1, 1), "0306", "1班",
                Programme.THREE_YEAR, true, ENROLLED, LocalDate.of(2023, 6, 30), history);
    }

    private static StatusChange change(StudentStatus status, String on) {
        return new StatusChange(status, LocalDate.parse(on), null);
    }

    @Test
    void aNewStudentStartsEnrolledOnTheEnrolmentDate() {
        Student student = student(null);

        assertThat(student.statusHistory()).containsExactly(new StatusChange(StudentStatus.ENROLLED, ENROLLED, null));
        assertThat(student.status()).isEqualTo(StudentStatus.ENROLLED);
    }

    @Test
    void suspendResumeAndGraduateAreAllowedInOrder() {
        Student graduated = student(null).withStatusChange(change(StudentStatus.SUSPENDED, "2021-03-01"))
                .withStatusChange(change(StudentStatus.ENROLLED, "2021-09-01"))
                .withStatusChange(change(StudentStatus.GRADUATED, "2023-06-30"));

        assertThat(graduated.status()).isEqualTo(StudentStatus.GRADUATED);
        assertThat(graduated.statusHistory()).hasSize(4);
    }

    @Test
    void finalStatusesCannotChange() {
        Student withdrawn = student(null).withStatusChange(change(StudentStatus.WITHDRAWN, "2021-01-01"));

        assertThatThrownBy(() -> withdrawn.withStatusChange(change(StudentStatus.ENROLLED, "2021-09-01")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0))
                        .isEqualTo(new FieldError("status", "WITHDRAWN cannot become ENROLLED; WITHDRAWN is final")));
    }

    @Test
    void aSuspendedStudentCannotGraduate() {
        Student suspended = student(null).withStatusChange(change(StudentStatus.SUSPENDED, "2021-03-01"));

        assertThatThrownBy(() -> suspended.withStatusChange(change(StudentStatus.GRADUATED, "2023-06-30")))
                .hasMessageContaining("SUSPENDED cannot become GRADUATED");
    }

    @Test
    void changesNeverGoBackInTime() {
        Student suspended = student(null).withStatusChange(change(StudentStatus.SUSPENDED, "2021-03-01"));

        assertThatThrownBy(() -> suspended.withStatusChange(change(StudentStatus.ENROLLED, "2021-02-01")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("effectiveOn"));
    }

    @Test
    void aHistoryMustStartEnrolledOnTheEnrolmentDate() {
        assertThatThrownBy(() -> student(List.of(change(StudentStatus.ENROLLED, "2020-09-02"))))
                .hasMessageContaining("statusHistory[0]");
    }

    @Test
    void aGivenHistoryMustContinueTheStoredOne() {
        List<StatusChange> stored = student(null).withStatusChange(change(StudentStatus.SUSPENDED, "2021-03-01")).statusHistory();

        assertThat(Student.continuedHistory(stored, null, ENROLLED)).isEqualTo(stored);
        assertThatThrownBy(() -> Student.continuedHistory(stored, stored.subList(0, 1), ENROLLED))
                .hasMessageContaining("must continue the stored history");
    }

    @Test
    void datesMustBeInOrderAndTheBirthDateMustMatchTheIdNumber() {
        String id = TestIdNumbers.of(LocalDate.of(2004, 2, 15), 1);
        assertThatThrownBy(() -> new Student("1", "n", Gender.FEMALE, id, LocalDate.of(2004, 2, 16), "m", null,
                Programme.OTHER, true, ENROLLED, ENROLLED, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("birthDate", "expectedGraduationOn"));
        assertThat(new Student("1", "n", Gender.FEMALE, id, null, "m", null, Programme.OTHER, true, ENROLLED,
                LocalDate.of(2023, 6, 30), null).birthDate()).isEqualTo(LocalDate.of(2004, 2, 15));
    }

    @Test
    void eventTypesNameWhatHappened() {
        Students type = new Students();
        Student enrolled = student(null);
        Student suspended = enrolled.withStatusChange(change(StudentStatus.SUSPENDED, "2021-03-01"));
        Student graduated = enrolled.withStatusChange(change(StudentStatus.GRADUATED, "2023-06-30"));

        assertThat(type.eventType(null, enrolled)).isEqualTo("student.enrolled");
        assertThat(type.eventType(enrolled, suspended)).isEqualTo("student.status-changed");
        assertThat(type.eventType(enrolled, graduated)).isEqualTo("student.graduated");
        assertThat(type.eventType(enrolled, student(null))).isEqualTo("student.updated");
    }
}
