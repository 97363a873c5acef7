package org.vetreport.report.check;

import java.util.ArrayList;
import java.util.List;
import org.vetreport.report.indicator.IndicatorValue;

/**
 * An indicator read from a topic that holds no records of the school at all: the figure is zero or empty because
 * the department has not sent its data, not because there was nothing to count.
 */
final class MissingInputs implements CheckRule {

    static final String RULE = "missing-inputs";

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorValue value : context.values()) {
            List<String> empty = value.provenance().sources().stream().filter(source -> source.records() == 0)
                    .map(IndicatorValue.Source::topic).toList();
            if (!empty.isEmpty()) {
                findings.add(Finding.of(RULE, Severity.WARNING, context.period(), value.id(), List.of(),
                        "「" + value.nameZh() + "」缺少输入数据：" + String.join("、", empty) + " 中没有本校的任何记录",
                        value.nameEn() + " has no input data: " + String.join(", ", empty)
                                + " holds no records of the school"));
            }
        }
        return findings;
    }
}
