package org.vetreport.platform.kit.lock;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vetreport.platform.events.ReportingYear;

/**
 * The report years each school has locked, as this service last heard on {@code report.years.v1}: the latest
 * status per school and year wins, and a deleted year (tombstone) locks nothing.
 */
public final class LockedPeriods {

    private final Map<String, Map<Integer, ReportPeriod>> locked = new ConcurrentHashMap<>();

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
