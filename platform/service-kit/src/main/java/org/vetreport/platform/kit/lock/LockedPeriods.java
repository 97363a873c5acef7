package org.vetreport.platform.kit.lock;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.vetreport.platform.events.ReportingYear;

/**
 * The report years each school has locked, as this service last heard on {@code report.years.v1}: the latest
 * status per school and year wins, and a deleted year (tombstone) locks nothing.
 *
 * <p>They are known only once the topic was read up to where it ended when this service started; until then
 * {@link #requireKnown()} refuses, so a service that starts while the broker is unreachable cannot let a write
 * change a year it has not yet heard was locked.
 */
public final class LockedPeriods {

    private final Map<String, Map<Integer, ReportPeriod>> locked = new ConcurrentHashMap<>();
    private final CountDownLatch known = new CountDownLatch(1);

    /** Locks to be read from {@code report.years.v1}: unknown until {@link #markKnown()}. */
    public LockedPeriods() {
    }

    /** For a service that follows no locks (locks disabled) and for tests: known at once, nothing locked. */
    public static LockedPeriods noneLocked() {
        LockedPeriods none = new LockedPeriods();
        none.markKnown();
        return none;
    }

    /** Every lock that existed when this service started has been read. */
    public void markKnown() {
        known.countDown();
    }

    public boolean isKnown() {
        return known.getCount() == 0;
    }

    /** Waits at most {@code timeout} for the locks to be known; true if they are. */
    public boolean awaitKnown(Duration timeout) throws InterruptedException {
        return known.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @throws YearLocksUnknownException while the locks are not yet known */
    public void requireKnown() {
        if (!isKnown()) {
            throw new YearLocksUnknownException();
        }
    }

    /** Records the latest status of one school's year; {@code null} status means the year was deleted. */
    public void update(String school, int year, ReportingYear latest) {
        Map<Integer, ReportPeriod> years = locked.computeIfAbsent(school, any -> new ConcurrentHashMap<>());
        if (latest != null && latest.status() == ReportingYear.Status.LOCKED) {
            years.put(year, new ReportPeriod(year, latest.from(), latest.to()));
        } else {
            years.remove(year);
        }
    }

    /** The locked periods of a school, earliest first. */
    public List<ReportPeriod> of(String school) {
        Map<Integer, ReportPeriod> years = locked.get(school);
        return years == null ? List.of()
                : years.values().stream().sorted(Comparator.comparing(ReportPeriod::from)).toList();
    }

    public boolean anyLocked(String school) {
        Map<Integer, ReportPeriod> years = locked.get(school);
        return years != null && !years.isEmpty();
    }
}
