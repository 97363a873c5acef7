package org.vetreport.report.check;

import java.util.List;
import org.vetreport.report.indicator.IndicatorValue;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;

/**
 * What the checks look at: one school's records, the period of the year being checked and the indicators computed
 * from those records for that period.
 */
public record CheckContext(SchoolRecords records, ReportingPeriod period, List<IndicatorValue> values) {

    public CheckContext {
        values = List.copyOf(values);
    }
}
