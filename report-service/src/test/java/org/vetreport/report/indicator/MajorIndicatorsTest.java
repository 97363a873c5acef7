package org.vetreport.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.report.indicator.majors.MajorGroupsCount;
import org.vetreport.report.indicator.majors.MajorRecord;
import org.vetreport.report.indicator.majors.MajorsCount;

class MajorIndicatorsTest {

    private static final ReportingPeriod YEAR_2020 = ReportingPeriod.calendarYear(2020);

    private static SchoolRecords majors(MajorRecord... majors) {
        return () -> List.of(majors);
    }

    private static MajorRecord major(String code, String group, String openedOn, String closedOn) {
        return new MajorRecord(code, code, group, LocalDate.parse(openedOn), closedOn == null ? null : LocalDate.parse(closedOn));
    }

    @Test
    void countsMajorsOpenAtTheReferenceDate() {
        SchoolRecords records = majors(
                major("open", "机械", "2015-09-01", null),
                major("openedOnReferenceDate", "机械", "2020-12-31", null),
                major("closedOnReferenceDate", "信息", "2015-09-01", "2020-12-31"),
                major("closedAfter", "信息", "2015-09-01", "2021-01-01"),
                major("notYetOpen", "财经", "2021-09-01", null));

        var count = new MajorsCount().measure(records, YEAR_2020);

        assertThat(count.value()).isEqualByComparingTo("3");
        assertThat(count.numerator()).isEqualByComparingTo("3");
        assertThat(count.denominator()).isNull();
        assertThat(count.records()).isEqualTo(5);
    }

    @Test
    void countsDistinctGroupsOfOpenMajorsIgnoringMajorsWithoutOne() {
        SchoolRecords records = majors(
                major("a", "机械", "2015-09-01", null),
                major("b", "机械", "2015-09-01", null),
                major("c", null, "2015-09-01", null),
                major("d", "财经", "2015-09-01", "2019-09-01"));

        assertThat(new MajorGroupsCount().measure(records, YEAR_2020).value()).isEqualByComparingTo("1");
    }

    @Test
    void noMajorsGiveZero() {
        assertThat(new MajorsCount().measure(majors(), YEAR_2020).value()).isEqualByComparingTo("0");
    }
}
