package org.vetreport.faculty.honour;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.vetreport.faculty.shared.Level;

@Schema(name = "HonourInput", description = "An honour of a staff member as the personnel office records it. staffNo, "
        + "title and awardedOn make the key; in a PUT body they are optional and must equal the key in the path")
record HonourRequest(
        @Schema(description = "工号 of a staff member of this school", example = "T2010001")
        String staffNo,
        @Schema(description = "荣誉称号; without : / \\ ; %", example = "市学科带头人")
        @Size(max = 100) String title,
        @Schema(description = "级别: NATIONAL (国家级), PROVINCIAL (省级), MUNICIPAL (市级), DISTRICT (区县级), SCHOOL "
                + "(校级), ENTERPRISE (企业)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Level level,
        @Schema(description = "获得日期", example = "2020-09-10")
        LocalDate awardedOn) {

    HonourRequest withKey(String staffNo, String title, LocalDate awardedOn) {
        return new HonourRequest(staffNo, title, level, awardedOn);
    }
}
