package org.vetreport.student.student;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Student", description = "A student of one school; the ID number is always masked")
record StudentResponse(
        String studentNo, String name, Gender gender,
        @Schema(example = "330402********123X") String idNumber,
        LocalDate birthDate, String majorCode, String className, Programme programme, boolean fullTime,
        LocalDate enrolledOn, LocalDate expectedGraduationOn, StudentStatus status, List<StatusChange> statusHistory,
        @Schema(description = "Version of the record, also sent as the ETag") long version,
        Instant updatedAt, String updatedBy) {

    static StudentResponse of(Versioned<Student> entity) {
        Student s = entity.value();
        return new StudentResponse(s.studentNo(), s.name(), s.gender(), IdNumber.mask(s.idNumber()), s.birthDate(),
                s.majorCode(), s.className(), s.programme(), s.fullTime(), s.enrolledOn(), s.expectedGraduationOn(),
                s.status(), s.statusHistory(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
