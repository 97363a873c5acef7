package org.vetreport.faculty.elective;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.vetreport.faculty.shared.StaffNumbersDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "ElectiveInput", description = "An elective course of one term as the teaching office records it. code, "
        + "year and term make the key; in a PUT body they are optional and must equal the key in the path")
record ElectiveRequest(
        @Schema(description = "课程代码", example = "XX2001") String code,
        @Schema(description = "课程名称", example = "3D打印创意设计", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 100) String title,
        @Schema(description = "学年, as the calendar year it starts in: 2020 for 2020–2021", example = "2020")
        Integer year,
        @Schema(description = "学期: 1 (autumn) or 2 (spring)", example = "1", allowableValues = {"1", "2"})
        Integer term,
        @ArraySchema(arraySchema = @Schema(description = "任课教师: 工号 of the staff who teach it, each a staff member of "
                + "this school, each once; a CSV or Excel cell lists them separated by ',', ';' or '、'"),
                schema = @Schema(example = "T2010001"), uniqueItems = true)
        @JsonDeserialize(using = StaffNumbersDeserializer.class)
        @NotNull @Size(min = 1, max = 20) List<String> teacherStaffNos,
        @Schema(description = "选课人数: students who chose it, 0 or more", example = "42", minimum = "0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Min(0) Integer enrolledStudents,
        @Schema(description = "线上: taught online; false when absent") Boolean online) {

    ElectiveRequest withKey(String code, Integer year, Integer term) {
        return new ElectiveRequest(code, title, year, term, teacherStaffNos, enrolledStudents, online);
    }
}
