package org.vetreport.faculty.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Staff", description = "A staff member of one school (教职工) with their dated qualification history")
record StaffResponse(
        @Schema(example = "T2010001") String staffNo,
        @Schema(example = "李老师") String name,
        Gender gender,
        @Schema(example = "1985-04-12") LocalDate birthDate,
        Employment employment,
        StaffRole role,
        @Schema(example = "工业机器人编程") String teaches,
        CourseCategory courseCategory,
        @Schema(example = "2010-09-01") LocalDate hiredOn,
        @Schema(description = "absent while employed") LocalDate leftOn,
        @Schema(description = "The qualifications after the last recorded change") Qualifications qualifications,
        @Schema(description = "Every change of qualifications, oldest first") List<QualificationChange> qualificationHistory,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static StaffResponse of(Versioned<Staff> entity) {
        Staff s = entity.value();
        return new StaffResponse(s.staffNo(), s.name(), s.gender(), s.birthDate(), s.employment(), s.role(), s.teaches(),
                s.courseCategory(), s.hiredOn(), s.leftOn(), s.qualifications(), s.qualificationHistory(),
                entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
