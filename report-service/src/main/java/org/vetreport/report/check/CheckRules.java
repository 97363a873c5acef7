package org.vetreport.report.check;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** The edit checks every year goes through before it can be validated, run in one go. */
public final class CheckRules {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule).thenComparing(Finding::id);

    private final List<CheckRule> rules;

    public CheckRules(List<CheckRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @param yearOverYearThreshold the largest change of an indicator from the previous year, in percent, that passes */
    public static CheckRules standard(BigDecimal yearOverYearThreshold) {
        return new CheckRules(List.of(new RateOverHundred(), new AidRecipientsOverEnrolment(), new UnknownStudent(),
                new GraduateWithoutDestination(), new DualQualifiedNonTeacher(), new TeacherTrainingNonTeacher(),
                new YearOverYearChange(yearOverYearThreshold), new MissingInputs()));
    }

    /** Every finding of every rule, errors first, then by rule and id, so the same data list the same way. */
    public List<Finding> run(CheckContext context) {
        return rules.stream().flatMap(rule -> rule.check(context).stream()).sorted(ORDER).toList();
    }
}
