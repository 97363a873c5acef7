package org.vetreport.finance.aidaward;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.vetreport.finance.money.MoneyDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "AidAwardInput", description = "What one student was paid by one aid programme in one term. The "
        + "programme, student, year and term make the key; in a PUT body they are optional and must equal the key's, "
        + "in an import row they are required.")
record AidAwardRequest(
        @Schema(description = "项目代码 of an aid programme of this school", example = "TUITION-2020")
        @Size(max = 32) String programmeCode,
        @Schema(description = "学号, kept as given (the student service owns students)", example = "2020010001")
        @Size(max = 32) String studentNo,
        @Schema(description = "学年, named by the calendar year it starts in: 2020 is 2020–2021", example = "2020")
        Integer year,
        @Schema(description = "学期: 1 (first term, autumn) or 2 (second term, spring)", example = "1",
                allowableValues = {"1", "2"})
        Integer term,
        @Schema(description = "金额 paid in yuan: greater than 0 with at most 2 decimals (never rounded), at most the "
                + "programme's cap. A CSV or Excel cell may write it 1,000.00, ¥1,000.00 or 1000元", example = "1950.00",
                minimum = "0.01", maximum = "100000000000", multipleOf = 0.01, requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @JsonDeserialize(using = MoneyDeserializer.class) BigDecimal amount,
        @Schema(description = "发放日期", example = "2020-10-20", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalDate paidOn) {
}
