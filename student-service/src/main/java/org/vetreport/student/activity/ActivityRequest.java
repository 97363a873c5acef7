package org.vetreport.student.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(name = "ActivityInput", description = "A student club or event as the student-affairs office records it")
record ActivityRequest(
        @Schema(description = "类型: CLUB (社团), CLUB_EVENT (社团活动), VOLUNTEER_EVENT (志愿服务), CULTURE_EVENT (文化活动), "
                + "SPORTS_EVENT (体育活动)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull ActivityKind kind,
        @Schema(description = "名称", example = "机器人创新社", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 100) String title,
        @Schema(description = "日期 an event was held; required for events, absent for a CLUB", example = "2021-03-05")
        LocalDate date,
        @Schema(description = "开始日期 of a CLUB; required for a CLUB, absent for events", example = "2018-09-15")
        LocalDate activeFrom,
        @Schema(description = "结束日期 of a CLUB that closed, after activeFrom; absent while it is active and for events")
        LocalDate activeUntil,
        @Schema(description = "参与人数: students taking part, or a CLUB's members", example = "45", minimum = "0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Integer participants) {

    Activity toActivity() {
        return new Activity(kind, title, date, activeFrom, activeUntil, participants);
    }
}
