package org.vetreport.faculty.training;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.vetreport.faculty.shared.Level;

@Schema(name = "TeacherTrainingInput", description = "A teacher's training as the personnel office records it. staffNo, "
        + "programme and startOn make the key; in a PUT body they are optional and must equal the key in the path")
record TeacherTrainingRequest(
        @Schema(description = "工号 of a staff member of this school", example = "T2010001")
        String staffNo,
        @Schema(description = "培训项目; without : / \\ ; %", example = "信息化教学能力提升")
        @Size(max = 100) String programme,
        @Schema(description = "级别: NATIONAL (国家级), PROVINCIAL (省级), MUNICIPAL (市级), DISTRICT (区县级), SCHOOL "
                + "(校级/校本), ENTERPRISE (企业实践)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Level level,
        @Schema(description = "开始日期", example = "2020-07-06")
        LocalDate startOn,
        @Schema(description = "结束日期, not before startOn; absent for one day", example = "2020-07-10")
        LocalDate endOn,
        @Schema(description = "学时: training hours, 0 or more", example = "40", minimum = "0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Min(0) Integer hours,
        @Schema(description = "线上: held online; false when absent")
        Boolean online) {

    TeacherTrainingRequest withKey(String staffNo, String programme, LocalDate startOn) {
        return new TeacherTrainingRequest(staffNo, programme, level, startOn, endOn, hours, online);
    }
}
