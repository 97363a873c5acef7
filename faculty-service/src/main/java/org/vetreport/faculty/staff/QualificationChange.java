package org.vetreport.faculty.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One entry of a staff member's qualification history: from {@code effectiveOn} the attributes given apply; an
 * absent (null) attribute stays as it was.
 */
@Schema(description = "A change of a staff member's qualifications from a date on; absent attributes stay as they were")
public record QualificationChange(
        @Schema(description = "The day the change takes effect, inside the employment (from hiredOn, before leftOn)",
                example = "2020-06-01", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalDate effectiveOn,
        @Schema(description = "学历: DOCTORATE (博士研究生), MASTER (硕士研究生), BACHELOR (本科), ASSOCIATE (专科), OTHER (其他)")
        Education education,
        @Schema(description = "学位: DOCTOR (博士), MASTER (硕士), BACHELOR (学士), NONE (无)")
        Degree degree,
        @Schema(description = "职称: SENIOR_FULL (正高级), SENIOR (副高级), INTERMEDIATE (中级), JUNIOR (初级), NONE (无)",
                example = "SENIOR")
        Title title,
        @Schema(description = "双师型: certified as a dual-qualified teacher; true only for staff whose courseCategory "
                + "is PROFESSIONAL or BOTH")
        Boolean dualQualified) {

    /** Whether the change gives at least one attribute. */
    public boolean changesSomething() {
        return education != null || degree != null || title != null || dualQualified != null;
    }
}
