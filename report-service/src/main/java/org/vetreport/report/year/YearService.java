package org.vetreport.report.year;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.vetreport.platform.events.ReportingYear.Status;
import org.vetreport.platform.kit.error.ConflictException;
import org.vetreport.platform.kit.error.PreconditionFailedException;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Precondition;
import org.vetreport.platform.kit.store.Versioned;
import org.vetreport.report.check.CheckReport;
import org.vetreport.report.check.CheckService;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.school.ReportingPeriods;

/**
 * Moves a school's report year through DRAFT → VALIDATED → LOCKED and back to DRAFT. Every change is stored with
 * its event in one write, so the domain services learn of it through the outbox even if the broker is down now.
 */
@Service
public class YearService {

    private final EntityStore<ReportYear> years;
    private final CheckService checks;
    private final ReportingPeriods periods;
    private final Clock clock;

    YearService(EntityStore<ReportYear> years, CheckService checks, ReportingPeriods periods, Clock clock) {
        this.years = years;
        this.checks = checks;
        this.periods = periods;
        this.clock = clock;
    }

    /** The year as it stands; a year nobody has validated is a DRAFT of the period the school reports now. */
    public Versioned<ReportYear> get(String school, int year) {
        ReportingPeriods.requireReportYear(year);
        return years.find(school, key(year)).orElseGet(() ->
                new Versioned<>(school, key(year), ReportYear.draft(school, periods.of(school, year)), 0, null, null));
    }

    /** @throws YearBlockedException when the checks find something that blocks */
    public Versioned<ReportYear> validate(String school, int year, String actor) {
        Versioned<ReportYear> current = get(school, year);
        current.value().require(Status.DRAFT, "validated");
        ReportingPeriod period = passedChecks(school, year, "validated");
        return write(current, current.value().validated(period, actor, now()), actor);
    }

    /** Runs the checks once more, since the data may have changed after validation. */
    public Versioned<ReportYear> lock(String school, int year, String actor) {
        Versioned<ReportYear> current = get(school, year);
        current.value().require(Status.VALIDATED, "locked");
        ReportingPeriod period = passedChecks(school, year, "locked");
        return write(current, current.value().locked(period, actor, now()), actor);
    }

    public Versioned<ReportYear> reopen(String school, int year, String actor) {
        Versioned<ReportYear> current = get(school, year);
        return write(current, current.value().reopened(periods.of(school, year), actor, now()), actor);
    }

    private ReportingPeriod passedChecks(String school, int year, String step) {
        CheckReport report = checks.run(school, year);
        if (!report.blocking().isEmpty()) {
            throw new YearBlockedException(year, step, report.blocking());
        }
        return report.period();
    }

    /** Writes the step only onto the version it was decided on, so two steps at once cannot both be taken. */
    private Versioned<ReportYear> write(Versioned<ReportYear> current, ReportYear next, String actor) {
        Precondition expected = current.version() == 0 ? Precondition.NONE : Precondition.version(current.version());
        try {
            return years.put(current.school(), current.key(), next, expected, actor).entity();
        } catch (PreconditionFailedException e) {
            throw new ConflictException("the year " + next.year() + " changed while this step was being taken; "
                    + "read it again and retry");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String key(int year) {
        return Integer.toString(year);
    }
}
