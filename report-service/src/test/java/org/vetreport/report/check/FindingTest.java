package org.vetreport.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vetreport.report.indicator.ReportingPeriod;

class FindingTest {

    private static final ReportingPeriod Y2020 = ReportingPeriod.calendarYear(2020);
    private static final RecordRef A = new RecordRef("student.students.v1", "2020001");
    private static final RecordRef B = new RecordRef("training.internships.v1", "2020002:2020-07-01");

    private static Finding finding(ReportingPeriod period, String indicator, List<RecordRef> records) {
        return Finding.of("rule", Severity.WARNING, period, indicator, records, "中文", "English");
    }

    @Test
    void theSameRecordsInAnyOrderGiveTheSameId() {
        assertThat(finding(Y2020, null, List.of(A, B)).id()).isEqualTo(finding(Y2020, null, List.of(B, A)).id());
    }

    @Test
    void anotherYearAnotherIndicatorOrAnotherRecordGivesAnotherId() {
        String id = finding(Y2020, "x", List.of(A)).id();

        assertThat(finding(ReportingPeriod.calendarYear(2021), "x", List.of(A)).id()).isNotEqualTo(id);
        assertThat(finding(Y2020, "y", List.of(A)).id()).isNotEqualTo(id);
        assertThat(finding(Y2020, "x", List.of(A, B)).id()).isNotEqualTo(id);
    }

    @Test
    void theIdNamesTheYearWhoseChecksFindIt() {
        String id = finding(Y2020, null, List.of(A)).id();

        assertThat(id).matches("2020-[0-9a-f]{16}");
        assertThat(Finding.yearOf(id)).contains(2020);
        assertThat(Finding.yearOf("2020-not-an-id")).isEmpty();
        assertThat(Finding.yearOf("x" + id)).isEmpty();
    }

    @Test
    void recordsAreCappedInTheirOrderWithTheTotalKeptAndAllOfThemInTheId() {
        List<RecordRef> many = IntStream.range(0, 30).mapToObj(i -> new RecordRef("t", String.format("%02d", 29 - i))).toList();

        Finding finding = finding(Y2020, null, many);

        assertThat(finding.records()).hasSize(Finding.MAX_RECORDS);
        assertThat(finding.records().get(0).key()).isEqualTo("00");
        assertThat(finding.recordsTotal()).isEqualTo(30);
        assertThat(finding.id()).isNotEqualTo(finding(Y2020, null, many.subList(0, 29)).id());
    }

    @Test
    void anExplainedWarningNoLongerBlocksButAnExplainedErrorStillDoes() {
        Explanation why = new Explanation("new campus opened", "editor", Instant.parse("2021-01-05T08:00:00Z"));
        Finding warning = finding(Y2020, null, List.of(A));
        Finding error = Finding.of("rule", Severity.ERROR, Y2020, null, List.of(A), "中文", "English");

        assertThat(warning.blocks()).isTrue();
        assertThat(warning.explained(why).blocks()).isFalse();
        assertThat(error.explained(why).blocks()).isTrue();
        assertThat(warning.explained(why).id()).isEqualTo(warning.id());
    }
}
