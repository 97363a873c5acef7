package org.vetreport.report.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.events.ReportingYear;
import org.vetreport.platform.events.ReportingYear.Status;
import org.vetreport.platform.kit.error.ConflictException;
import org.vetreport.report.indicator.ReportingPeriod;

class ReportYearTest {

    private static final ReportingPeriod Y2020 = ReportingPeriod.calendarYear(2020);
    private static final Instant T1 = Instant.parse("2021-01-10T02:00:00Z");
    private static final Instant T2 = Instant.parse("2021-01-20T02:00:00Z");
    private static final Instant T3 = Instant.parse("2021-02-01T02:00:00Z");

    private final ReportYears type = new ReportYears();

    @Test
    void aDraftIsValidatedThenLockedRecordingWhoDidEachStepAndWhen() {
        ReportYear locked = ReportYear.draft("jxtc", Y2020).validated(Y2020, "editor", T1).locked(Y2020, "chief", T2);

        assertThat(locked.status()).isEqualTo(Status.LOCKED);
        assertThat(locked.validatedBy()).isEqualTo("editor");
        assertThat(locked.validatedAt()).isEqualTo(T1);
        assertThat(locked.lockedBy()).isEqualTo("chief");
        assertThat(locked.lockedAt()).isEqualTo(T2);
    }

    @Test
    void reopeningALockedOrValidatedYearMakesItADraftThatMustBeValidatedAgain() {
        ReportYear validated = ReportYear.draft("jxtc", Y2020).validated(Y2020, "editor", T1);

        ReportYear reopened = validated.locked(Y2020, "chief", T2).reopened(Y2020, "admin", T3);

        assertThat(reopened.status()).isEqualTo(Status.DRAFT);
        assertThat(reopened.validatedBy()).isNull();
        assertThat(reopened.lockedAt()).isNull();
        assertThat(reopened.reopenedBy()).isEqualTo("admin");
        assertThat(validated.reopened(Y2020, "admin", T3).status()).isEqualTo(Status.DRAFT);
        assertThatThrownBy(() -> reopened.locked(Y2020, "chief", T3)).isInstanceOf(ConflictException.class);
    }

    @Test
    void stepsFromAnyOtherStatusAreConflicts() {
        ReportYear draft = ReportYear.draft("jxtc", Y2020);
        ReportYear validated = draft.validated(Y2020, "editor", T1);
        ReportYear locked = validated.locked(Y2020, "chief", T2);

        assertThatThrownBy(() -> draft.locked(Y2020, "chief", T2)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("is DRAFT; only a VALIDATED year can be locked");
        assertThatThrownBy(() -> draft.reopened(Y2020, "admin", T2)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> validated.validated(Y2020, "editor", T2)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> locked.validated(Y2020, "editor", T3)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> locked.locked(Y2020, "chief", T3)).isInstanceOf(ConflictException.class);
    }

    @Test
    void eachStepTakesTheDatesOfThePeriodTheChecksRanOn() {
        ReportingPeriod schoolYear = new ReportingPeriod(2020, LocalDate.of(2019, 9, 1), LocalDate.of(2020, 8, 31),
                LocalDate.of(2020, 8, 31));

        ReportYear validated = ReportYear.draft("jxtc", Y2020).validated(schoolYear, "editor", T1);

        assertThat(validated.event()).isEqualTo(new ReportingYear("jxtc", 2020, LocalDate.of(2019, 9, 1),
                LocalDate.of(2020, 8, 31), Status.VALIDATED));
    }

    @Test
    void eventsAreNamedAfterTheStepAndCarryTheReportingYearContract() {
        ReportYear draft = ReportYear.draft("jxtc", Y2020);
        ReportYear validated = draft.validated(Y2020, "editor", T1);
        ReportYear locked = validated.locked(Y2020, "chief", T2);
        ReportYear reopened = locked.reopened(Y2020, "admin", T3);

        assertThat(type.eventType(null, validated)).isEqualTo("year.validated");
        assertThat(type.eventType(validated, locked)).isEqualTo("year.locked");
        assertThat(type.eventType(locked, reopened)).isEqualTo("year.reopened");
        assertThat(type.eventPayload(locked)).isEqualTo(new ReportingYear("jxtc", 2020, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), Status.LOCKED));
        assertThat(type.topic().name()).isEqualTo("report.years.v1");
    }
}
