package org.vetreport.report.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class SchoolProfileTest {

    private static SchoolProfile profile(String province, String city, String referenceDate) {
        return new SchoolProfile("jxtc", "九江中专", null, null, null, province, city, null, referenceDate, null, null);
    }

    private static List<String> brokenFields(Runnable creation) {
        try {
            creation.run();
        } catch (InvalidInputException invalid) {
            return invalid.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void aProfileWithoutPeriodReportsByCalendarYear() {
        SchoolProfile school = profile("360000", "360400", null);

        assertThat(school.reportingPeriod()).isEqualTo(ReportingCalendar.CALENDAR_YEAR);
        assertThat(school.period(2020).referenceDate()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(school.honours()).isEmpty();
    }

    @Test
    void aCityMustLieInTheProvince() {
        assertThat(brokenFields(() -> profile("360000", "330400", null))).containsExactly("cityCode");
    }

    @Test
    void regionCodesAreSixDigitProvinceAndCityCodes() {
        assertThat(brokenFields(() -> profile("360400", "360000", null))).containsExactly("provinceCode", "cityCode");
        assertThat(brokenFields(() -> profile("36", "3604", null))).containsExactly("provinceCode", "cityCode");
    }

    @Test
    void theReferenceDateIsAMonthAndDayOfEveryYear() {
        assertThat(profile("360000", "360400", "08-31").period(2020).referenceDate()).isEqualTo(LocalDate.of(2020, 8, 31));
        assertThat(brokenFields(() -> profile("360000", "360400", "02-29"))).containsExactly("referenceDate");
        assertThat(brokenFields(() -> profile("360000", "360400", "2020-12-31"))).containsExactly("referenceDate");
        assertThat(brokenFields(() -> profile("360000", "360400", "13-01"))).containsExactly("referenceDate");
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> new SchoolProfile("jxtc", " ", null, null, null, "360000", "360400", null, null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name");
    }
}
