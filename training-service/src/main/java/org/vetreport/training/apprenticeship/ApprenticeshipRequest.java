package org.vetreport.training.apprenticeship;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.vetreport.training.shared.SeparatedCells;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "ApprenticeshipInput", description = "A modern apprenticeship class as the training department's system "
        + "writes it")
record ApprenticeshipRequest(
        @Schema(description = "学徒制编号; optional in a PUT body (must equal the path), required in an import row",
                example = "XTZ-2020-01")
        String code,
        @Schema(description = "企业: the code of a partner of this school", example = "RH001",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String partnerCode,
        @Schema(description = "专业: the major's code as the student service has it", example = "0306",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String majorCode,
        @Schema(description = "年度: the year the class starts in, 2000 to 2100", example = "2020", minimum = "2000",
                maximum = "2100", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer year,
        @ArraySchema(arraySchema = @Schema(description = "学号 of the apprentices, at least one, each once; kept as given "
                + "(the student service owns them) but each must be a well-formed student number; a CSV or Excel cell "
                + "lists them separated by ',', ';' or '、'", requiredMode = Schema.RequiredMode.REQUIRED),
                schema = @Schema(example = "2020010001"), uniqueItems = true, minItems = 1)
        @JsonDeserialize(using = SeparatedCells.class)
        List<String> studentNos,
        @Schema(description = "企业导师: enterprise mentors teaching the class, 0 or more", example = "12", minimum = "0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Integer mentors,
        @Schema(description = "课程: courses the mentors teach, 0 or more", example = "6", minimum = "0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Integer courses) {
}
