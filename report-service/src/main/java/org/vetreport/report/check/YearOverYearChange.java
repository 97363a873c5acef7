package org.vetreport.report.check;

import java.math.BigDecimal;
import java.util.List;
import org.vetreport.report.indicator.IndicatorValue;

/**
 * An indicator that changed from the previous year by more than the threshold, either way: often a gap or a
 * double count in the data, sometimes a real change the report should explain. Not applied where the previous
 * year was zero or either year has no value, which have no percentage change.
 */
final class YearOverYearChange implements CheckRule {

    static final String RULE = "year-over-year-change";

    private final BigDecimal thresholdPercent;

    /** @param thresholdPercent the largest change in percent of the previous year's value that passes */
    YearOverYearChange(BigDecimal thresholdPercent) {
        if (thresholdPercent.signum() < 0) {
            throw new IllegalArgumentException("the year-over-year threshold must not be negative: " + thresholdPercent);
        }
        this.thresholdPercent = thresholdPercent;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        return context.values().stream()
                .filter(value -> value.changePercent() != null && value.changePercent().abs().compareTo(thresholdPercent) > 0)
                .map(value -> finding(context, value)).toList();
    }

    private Finding finding(CheckContext context, IndicatorValue value) {
        String change = (value.changePercent().signum() > 0 ? "+" : "") + value.changePercent().toPlainString();
        String threshold = thresholdPercent.stripTrailingZeros().toPlainString();
        String from = value.previous().toPlainString();
        String to = value.value().toPlainString();
        return Finding.of(RULE, Severity.WARNING, context.period(), value.id(), List.of(),
                "「" + value.nameZh() + "」由上年的 " + from + " 变为 " + to + "（" + change + "%），同比变化超过 "
                        + threshold + "%，请核实数据或说明原因",
                value.nameEn() + " went from " + from + " last year to " + to + " (" + change + " %), a change "
                        + "of more than " + threshold + " %; check the data or explain the change");
    }
}
