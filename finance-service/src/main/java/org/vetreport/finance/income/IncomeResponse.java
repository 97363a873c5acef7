package org.vetreport.finance.income;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "Income", description = "A posted income voucher (收入凭证); never changed or deleted, corrected by a "
        + "reversal that stays beside it")
record IncomeResponse(
        @Schema(example = "2020-03-0012") String voucherNo,
        @Schema(example = "2020-03-15") LocalDate postedOn,
        IncomeCategory category,
        IncomeNature nature,
        @Schema(description = "yuan, always positive and with 2 decimals, also on a reversal", example = "628450.00",
                multipleOf = 0.01)
        BigDecimal amount,
        @Schema(description = "what the voucher adds to the income: amount, or minus amount for a reversal; add these "
                + "up for a total", example = "628450.00", multipleOf = 0.01)
        BigDecimal signedAmount,
        @Schema(example = "2020年3月生均公用经费拨款") String description,
        @Schema(description = "the voucher this one reverses; null for an ordinary income") String reverses,
        @Schema(description = "the voucher that reverses this one; null if none does") String reversedBy,
        @Schema(description = "Version of the record, also sent as the ETag", example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static IncomeResponse of(Versioned<IncomeEntry> entity, String reversedBy) {
        IncomeEntry e = entity.value();
        return new IncomeResponse(e.voucherNo(), e.postedOn(), e.category(), e.nature(), e.amount(), e.signedAmount(),
                e.description(), e.reverses(), reversedBy, entity.version(), entity.updatedAt(), entity.updatedBy());
    }
}
