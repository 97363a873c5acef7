package org.vetreport.platform.kit.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.events.ReportingYear;
import org.vetreport.platform.events.ReportingYear.Status;

class LockedPeriodsTest {

    private static ReportingYear year(String school, int year, Status status) {
        return new ReportingYear(school, year, LocalDate.of(year - 1, 9, 1), LocalDate.of(year, 8, 31), status);
    }

    @Test
    void aLockedYearIsKnownWithItsDataPeriodForItsSchoolOnly() {
        LockedPeriods locks = new LockedPeriods();

        locks.update("jxtc", 2024, year("jxtc", 2024, Status.LOCKED));

        assertThat(locks.of("jxtc")).containsExactly(
                new ReportPeriod(2024, LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31)));
        assertThat(locks.anyLocked("jxtc")).isTrue();
        assertThat(locks.of("other")).isEmpty();
        assertThat(locks.anyLocked("other")).isFalse();
    }

    @Test
    void theLatestStatusWinsAndADeletedYearLocksNothing() {
        LockedPeriods locks = new LockedPeriods();

        locks.update("jxtc", 2024, year("jxtc", 2024, Status.LOCKED));
        locks.update("jxtc", 2024, year("jxtc", 2024, Status.DRAFT));
        assertThat(locks.of("jxtc")).isEmpty();

        locks.update("jxtc", 2024, year("jxtc", 2024, Status.LOCKED));
        locks.update("jxtc", 2024, null);
        assertThat(locks.anyLocked("jxtc")).isFalse();
    }

    @Test
    void draftAndValidatedYearsLockNothingAndSeveralLockedYearsAreListedEarliestFirst() {
        LockedPeriods locks = new LockedPeriods();

        locks.update("jxtc", 2025, year("jxtc", 2025, Status.LOCKED));
        locks.update("jxtc", 2026, year("jxtc", 2026, Status.VALIDATED));
        locks.update("jxtc", 2023, year("jxtc", 2023, Status.LOCKED));

        assertThat(locks.of("jxtc")).extracting(ReportPeriod::year).containsExactly(2023, 2025);
    }

    @Test
    void locksNotYetReadRefuseEveryCheckUntilTheyAreKnown() {
        LockedPeriods locks = new LockedPeriods();

        assertThatThrownBy(locks::requireKnown).isInstanceOfSatisfying(YearLocksUnknownException.class,
                e -> assertThat(e.status()).isEqualTo(503));

        locks.markKnown();
        locks.requireKnown();
        assertThat(LockedPeriods.noneLocked().isKnown()).isTrue();
    }
}
