package org.vetreport.report.indicator.majors;

import java.util.List;
import java.util.Objects;
import org.vetreport.platform.events.Topics;
import org.vetreport.report.indicator.Indicator;
import org.vetreport.report.indicator.IndicatorDefinition;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;

/** 专业群: distinct groups of the majors open at the reference date (stock). */
public final class MajorGroupsCount implements Indicator {

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("majors.groups", "专业群",
            "Major groups", "个", "3.1",
            "Distinct major groups (专业群) among the majors open at the reference date; majors without a group "
                    + "are not counted.",
            List.of(Topics.STUDENT_MAJORS));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Measurement measure(SchoolRecords records, ReportingPeriod period) {
        List<MajorRecord> majors = records.majors();
        long groups = majors.stream().filter(major -> major.openOn(period.referenceDate()))
                .map(MajorRecord::group).filter(Objects::nonNull).distinct().count();
        return Measurement.count(groups, majors.size());
    }
}
