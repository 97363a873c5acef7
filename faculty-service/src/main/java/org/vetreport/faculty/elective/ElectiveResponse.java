package org.vetreport.faculty.elective;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Elective", description = "An elective course (选修课) offered in one term")
record ElectiveResponse(
        @Schema(description = "code:year:term", example = "XX2001:2020:1") String key,
        @Schema(example = "XX2001") String code,
        @Schema(example = "3D打印创意设计") String title,
        @Schema(description = "the school year, as the calendar year it starts in", example = "2020") Integer year,
        @Schema(description = "1 (autumn) or 2 (spring)", example = "1") Integer term,
        @ArraySchema(schema = @Schema(description = "工号", example = "T2010001")) List<String> teacherStaffNos,
        @Schema(example = "42") Integer enrolledStudents,
        boolean online,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static ElectiveResponse of(Versioned<Elective> entity) {
        Elective e = entity.value();
        return new ElectiveResponse(entity.key(), e.code(), e.title(), e.year(), e.term(), e.teacherStaffNos(),
                e.enrolledStudents(), e.online(), entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
