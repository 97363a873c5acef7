package org.vetreport.finance.income;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.vetreport.finance.money.MoneyDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "IncomeInput", description = "An income voucher as the finance office's ledger posts it. An ordinary "
        + "voucher gives category, nature and amount; a reversing voucher (冲销凭证) names the voucher it corrects in "
        + "reverses and may leave them out: it takes them from that voucher and counts as minus its amount.")
record IncomeRequest(
        @Schema(description = "凭证号; optional in a PUT body (must equal the path), required in an import row",
                example = "2020-03-0012")
        @Size(max = 40) String voucherNo,
        @Schema(description = "记账日期", example = "2020-03-15", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull LocalDate postedOn,
        @Schema(description = "收入类别: FISCAL_SUBSIDY (财政补助收入), BUSINESS (事业收入), OTHER (其他收入). Required, "
                + "except that a reversal takes the category of the voucher it reverses")
        IncomeCategory category,
        @Schema(description = "经费性质: BASIC (基本), PROJECT (项目). Required, except that a reversal takes the nature "
                + "of the voucher it reverses")
        IncomeNature nature,
        @Schema(description = "金额 in yuan: greater than 0 with at most 2 decimals; a third decimal is refused, never "
                + "rounded. Always positive, also on a reversal, which counts as minus this amount (see signedAmount "
                + "in the answer and the event). Required, except that a reversal takes the whole amount of the voucher "
                + "it reverses. A CSV or Excel cell may write it 1,234.50, ¥1,234.50 or 1234.50元",
                example = "628450.00", minimum = "0.01", maximum = "100000000000", multipleOf = 0.01)
        @JsonDeserialize(using = MoneyDeserializer.class) BigDecimal amount,
        @Schema(description = "摘要", example = "2020年3月生均公用经费拨款", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 200) String description,
        @Schema(description = "冲销凭证: the number of the posted voucher this one reverses. That voucher must exist in "
                + "this school, must not itself be a reversal and is reversed at most once; the reversal negates its "
                + "whole amount under its category and nature, dated on or after it. Absent for an ordinary income",
                example = "2020-03-0012")
        @Size(max = 40) String reverses) {
}
