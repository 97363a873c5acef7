package org.vetreport.training.session;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(name = "TrainingSessionInput", description = "A session of social training or skill appraisal as the training "
        + "department's system writes it")
record TrainingSessionRequest(
        @Schema(description = "培训编号; optional in a PUT body (must equal the path), required in an import row",
                example = "PX-2020-031")
        String code,
        @Schema(description = "培训项目", example = "中式面点师职业技能等级认定", requiredMode = Schema.RequiredMode.REQUIRED)
        String title,
        @Schema(description = "工种", example = "中式面点师") String occupation,
        @Schema(description = "培训类型; Chinese names are accepted too", requiredMode = Schema.RequiredMode.REQUIRED)
        TrainingProgramme programme,
        @Schema(description = "培训对象; Chinese names are accepted too", requiredMode = Schema.RequiredMode.REQUIRED)
        Audience audience,
        @Schema(description = "委托单位: who commissioned the session", example = "嘉兴市人力资源和社会保障局")
        String commissionedBy,
        @Schema(description = "地区: the region supported, for counterpart support (对口支援)", example = "四川阿坝")
        String region,
        @Schema(description = "开始日期", example = "2020-09-14", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate startOn,
        @Schema(description = "结束日期, not before startOn; absent for one day", example = "2020-09-18")
        LocalDate endOn,
        @Schema(description = "培训人次: trainees, 0 or more", example = "120", minimum = "0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Integer trainees,
        @Schema(description = "鉴定人数: trainees appraised, 0 to trainees; 0 when absent", example = "110", minimum = "0")
        Integer appraised,
        @Schema(description = "通过人数: appraised trainees who passed, 0 to appraised; 0 when absent", example = "95",
                minimum = "0")
        Integer passed) {

    TrainingSession toSession(String code) {
        return new TrainingSession(code, title, occupation, programme, audience, commissionedBy, region, startOn, endOn,
                trainees, appraised, passed);
    }
}
