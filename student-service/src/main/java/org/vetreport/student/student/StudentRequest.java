package org.vetreport.student.student;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "StudentInput", description = "A student as the registrar's system writes it")
record StudentRequest(
        @Schema(description = "学号; optional in a PUT body (must equal the path), required in an import row", example = "2020010001")
        String studentNo,
        @Schema(description = "姓名", example = "张三", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 50) String name,
        @Schema(description = "性别: MALE (男) or FEMALE (女)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Gender gender,
        @Schema(description = "身份证号 (GB 11643, 18 characters); optional; always answered masked. Sending back the "
                + "masked form keeps the stored number", example = "33040220040215123X")
        @Size(max = 18) String idNumber,
        @Schema(description = "出生日期; taken from idNumber when absent", example = "2004-02-15")
        LocalDate birthDate,
        @Schema(description = "专业代码, a major of this school", example = "0306", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 32) String majorCode,
        @Schema(description = "班级", example = "20机器人1班") @Size(max = 50) String className,
        @Schema(description = "学制/培养模式", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Programme programme,
        @Schema(description = "全日制; true when absent") Boolean fullTime,
        @Schema(description = "入学日期", example = "2020-09-01", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalDate enrolledOn,
        @Schema(description = "预计毕业日期", example = "2023-06-30", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalDate expectedGraduationOn,
        @Schema(description = "The status history; absent keeps the stored one (a new student starts ENROLLED on "
                + "enrolledOn); given, it must continue the stored one")
        List<@Valid StatusChange> statusHistory) {
}
