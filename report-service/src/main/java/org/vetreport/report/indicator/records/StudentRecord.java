package org.vetreport.report.indicator.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A student as {@code student.students.v1} carries it: no name, no ID number. */
public record StudentRecord(String studentNo, String gender, String majorCode, String className, String programme,
                            boolean fullTime, LocalDate enrolledOn, LocalDate expectedGraduationOn,
                            List<StatusRecord> statusHistory) {

    public StudentRecord {
        statusHistory = statusHistory == null ? List.of() : List.copyOf(statusHistory);
    }

    /** The status on a day, empty before the student enrolled. */
    public Optional<String> statusOn(LocalDate day) {
        String status = null;
        for (StatusRecord change : statusHistory) {
            if (change.effectiveOn().isAfter(day)) {
                break;
            }
            status = change.status();
        }
        return Optional.ofNullable(status);
    }

    /** In school on the day: enrolled and neither suspended nor gone (在校生). */
    public boolean enrolledOn(LocalDate day) {
        return statusOn(day).filter(StatusRecord.ENROLLED::equals).isPresent();
    }

    /** On the school's books on the day: enrolled or suspended (有学籍). */
    public boolean onRollOn(LocalDate day) {
        return statusOn(day).filter(status -> status.equals(StatusRecord.ENROLLED) || status.equals(StatusRecord.SUSPENDED))
                .isPresent();
    }

    /** The day the student graduated, if they did. */
    public Optional<LocalDate> graduatedOn() {
        return statusHistory.stream().filter(change -> change.status().equals(StatusRecord.GRADUATED))
                .map(StatusRecord::effectiveOn).findFirst();
    }

    public boolean male() {
        return "MALE".equals(gender);
    }

    public boolean female() {
        return "FEMALE".equals(gender);
    }
}
