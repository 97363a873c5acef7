package org.vetreport.faculty.elective;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.lock.ReportPeriod;

class ElectivesDatesTest {

    private static final ReportPeriod Y2021 = new ReportPeriod(2021, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 8, 31));

    private static boolean inReport2021(int year, int term) {
        Elective elective = new Elective("XX2001", "3D打印", year, term, List.of("T1"), 42, true);
        return Electives.TYPE.dates(elective).stream().anyMatch(date -> date.in(Y2021));
    }

    @Test
    void aSchoolYearsFirstTermCountsInItsOwnYearsReportAndItsSecondTermInTheNextOnesAsTheIndicatorsCountThem() {
        assertThat(inReport2021(2021, 1)).isTrue();
        assertThat(inReport2021(2020, 2)).isTrue();
        assertThat(inReport2021(2021, 2)).isFalse();
        assertThat(inReport2021(2020, 1)).isFalse();
    }
}
