package org.vetreport.student.student;

import java.time.LocalDate;
import java.util.List;

/**
 * A student as {@code student.students.v1} carries it: what the report needs, and neither the name, the ID
 * number nor the birth date.
 */
record StudentEvent(String studentNo, Gender gender, String majorCode, String className, Programme programme,
                    boolean fullTime, LocalDate enrolledOn, LocalDate expectedGraduationOn, StudentStatus status,
                    List<StatusChange> statusHistory) {

    static StudentEvent of(Student s) {
        return new StudentEvent(s.studentNo(), s.gender(), s.majorCode(), s.className(), s.programme(), s.fullTime(),
                s.enrolledOn(), s.expectedGraduationOn(), s.status(), s.statusHistory());
    }
}
