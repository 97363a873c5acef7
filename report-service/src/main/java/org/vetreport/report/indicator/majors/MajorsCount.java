package org.vetreport.report.indicator.majors;

import java.util.List;
import org.vetreport.platform.events.Topics;
import org.vetreport.report.indicator.Indicator;
import org.vetreport.report.indicator.IndicatorDefinition;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;

/** 专业数: majors open at the reference date (stock). */
public final class MajorsCount implements Indicator {

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("majors.count", "专业数",
            "Majors offered", "个", "3.1",
            "Majors open at the reference date: opened on or before it and not closed by it.",
            List.of(Topics.STUDENT_MAJORS));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Measurement measure(SchoolRecords records, ReportingPeriod period) {
        List<MajorRecord> majors = records.majors();
        long open = majors.stream().filter(major -> major.openOn(period.referenceDate())).count();
        return Measurement.count(open, majors.size());
    }
}
