package org.vetreport.report.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vetreport.report.indicator.ReportingPeriod;

/** The findings of one school's data for one report year, with their explanations. */
public record CheckReport(String school, ReportingPeriod period, List<Finding> findings) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    /** The ids of the findings that stand in the way of validating the year. */
    public List<String> blocking() {
        return findings.stream().filter(Finding::blocks).map(Finding::id).toList();
    }

    /** How many findings there are of each severity, every severity listed. */
    public Map<Severity, Long> counts() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, findings.stream().filter(f -> f.severity() == severity).count());
        }
        return counts;
    }
}
