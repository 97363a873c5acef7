package org.vetreport.faculty.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "StaffInput", description = "A staff member as the personnel office's system writes them. The "
        + "qualifications when hired are given either as education, degree, title and dualQualified (effective from "
        + "hiredOn) or as the first entry of qualificationHistory")
record StaffRequest(
        @Schema(description = "工号; optional in a PUT body (must equal the path), required in an import row", example = "T2010001")
        String staffNo,
        @Schema(description = "姓名; never published in events", example = "李老师", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 50) String name,
        @Schema(description = "性别: MALE (男) or FEMALE (女)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Gender gender,
        @Schema(description = "出生日期; only the year is published", example = "1985-04-12")
        LocalDate birthDate,
        @Schema(description = "编制: ESTABLISHED (在编), CONTRACT (合同制), PART_TIME (兼职), EXTERNAL (外聘)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Employment employment,
        @Schema(description = "岗位: FULL_TIME_TEACHER (专任教师), ADMINISTRATIVE (行政), SUPPORT (教辅/工勤), "
                + "WORKSHOP_INSTRUCTOR (实习指导教师)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull StaffRole role,
        @Schema(description = "任教学科/课程: what the staff member teaches; only with a courseCategory other than NONE",
                example = "工业机器人编程")
        @Size(max = 100) String teaches,
        @Schema(description = "课程类别: CULTURAL (文化课), PROFESSIONAL (专业课), BOTH, NONE (不任课); absent means NONE. "
                + "A FULL_TIME_TEACHER teaches: CULTURAL, PROFESSIONAL or BOTH")
        CourseCategory courseCategory,
        @Schema(description = "入职日期", example = "2010-09-01", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalDate hiredOn,
        @Schema(description = "离职日期: the day the staff member left, after hiredOn; employed until the day before",
                example = "2021-01-31")
        LocalDate leftOn,
        @Schema(description = "学历 when hired (effective from hiredOn)") Education education,
        @Schema(description = "学位 when hired (effective from hiredOn)") Degree degree,
        @Schema(description = "职称 when hired (effective from hiredOn)", example = "INTERMEDIATE") Title title,
        @Schema(description = "双师型 when hired (effective from hiredOn); true only with courseCategory PROFESSIONAL or BOTH")
        Boolean dualQualified,
        @Schema(description = "The whole qualification history, oldest first; absent keeps the stored one. Given, it "
                + "must continue the stored one; later changes go through POST .../qualification-changes")
        List<@Valid @NotNull QualificationChange> qualificationHistory) {

    /** The qualifications given as plain fields: a change effective on hiredOn, or {@code null} if none is given. */
    QualificationChange initialQualifications() {
        QualificationChange initial = new QualificationChange(hiredOn, education, degree, title, dualQualified);
        return initial.changesSomething() ? initial : null;
    }
}
