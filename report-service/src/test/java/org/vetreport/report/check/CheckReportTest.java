package org.vetreport.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckReportTest {

    private static final Explanation WHY = new Explanation("核实无误", "editor", Instant.parse("2021-01-05T08:00:00Z"));

    private static Finding finding(Severity severity, String key) {
        return Finding.of("rule", severity, Fixtures.Y2020, null, List.of(new RecordRef("t", key)), "中文", "English");
    }

    @Test
    void everyErrorAndEveryUnexplainedWarningBlocks() {
        Finding error = finding(Severity.ERROR, "1").explained(WHY);
        Finding open = finding(Severity.WARNING, "2");
        Finding explained = finding(Severity.WARNING, "3").explained(WHY);

        CheckReport report = new CheckReport("jxtc", Fixtures.Y2020, List.of(error, open, explained));

        assertThat(report.blocking()).containsExactly(error.id(), open.id());
    }

    @Test
    void countsListEverySeverityEvenWithoutFindings() {
        CheckReport report = new CheckReport("jxtc", Fixtures.Y2020, List.of(finding(Severity.WARNING, "1"),
                finding(Severity.WARNING, "2")));

        assertThat(report.counts()).containsExactly(entry(Severity.ERROR, 0L), entry(Severity.WARNING, 2L));
        assertThat(new CheckReport("jxtc", Fixtures.Y2020, List.of()).blocking()).isEmpty();
    }
}
