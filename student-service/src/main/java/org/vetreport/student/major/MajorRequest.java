package org.vetreport.student.major;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(name = "MajorInput", description = "A major as written by the registrar's system")
record MajorRequest(
        @Schema(description = "The major's code; optional in the body, and if given it must equal the code in the path",
                example = "660301")
        String code,
        @Schema(description = "专业名称", example = "工业机器人应用与维护", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "专业群 the major belongs to", example = "智能制造专业群")
        @Size(max = 50) String group,
        @Schema(description = "First day the major is open", example = "2015-09-01", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalDate openedOn,
        @Schema(description = "First day the major is no longer open; absent while it is open", example = "2024-09-01")
        LocalDate closedOn) {
}
