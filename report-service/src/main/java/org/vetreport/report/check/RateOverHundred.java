package org.vetreport.report.check;

import java.math.BigDecimal;
import java.util.List;
import org.vetreport.report.indicator.IndicatorValue;

/** A rate above 100 %: its numerator counts something its denominator does not, so the inputs contradict. */
final class RateOverHundred implements CheckRule {

    static final String RULE = "rate-over-100";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(CheckContext context) {
        return context.values().stream()
                .filter(value -> "%".equals(value.unit()) && value.value() != null && value.value().compareTo(HUNDRED) > 0)
                .map(value -> finding(context, value)).toList();
    }

    private static Finding finding(CheckContext context, IndicatorValue value) {
        String figure = value.value().toPlainString();
        return Finding.of(RULE, Severity.ERROR, context.period(), value.id(), List.of(),
                "比率「" + value.nameZh() + "」为 " + figure + "%，超过 100%：分子中有不属于分母的数据，请核对来源记录",
                value.nameEn() + " is " + figure + " %, above 100 %: its numerator counts records its denominator "
                        + "does not; check the source records");
    }
}
