package org.vetreport.faculty.staff;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.error.InvalidInputException;

/**
 * A staff member of one school (教职工) with the dated history of their qualifications, so that any day's figures,
 * last year's included, come from the same record. The history is ordered by date and lies inside the employment:
 * from {@code hiredOn}, before {@code leftOn}.
 *
 * @param teaches              what the staff member teaches (任教学科/课程), free text; only for staff with a
 *                             course category
 * @param leftOn               the day the staff member left (离职); employed until the day before
 * @param qualificationHistory the changes of education, degree, title and 双师型 certification, oldest first
 */
@JsonIgnoreProperties(value = "qualifications", allowGetters = true)
public record Staff(String staffNo, String name, Gender gender, LocalDate birthDate, Employment employment,
                    StaffRole role, String teaches, CourseCategory courseCategory, LocalDate hiredOn, LocalDate leftOn,
                    List<QualificationChange> qualificationHistory) {

    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,100}");

    public Staff {
        FieldErrors errors = new FieldErrors()
                .check(StaffNumbers.isStaffNo(staffNo), "staffNo", StaffNumbers.RULE)
                .check(name != null && !name.isBlank(), "name", "must not be blank")
                .check(gender != null, "gender", "is required: MALE or FEMALE")
                .check(employment != null, "employment", "is required: one of " + List.of(Employment.values()))
                .check(role != null, "role", "is required: one of " + List.of(StaffRole.values()))
                .check(courseCategory != null, "courseCategory", "is required: one of " + List.of(CourseCategory.values()))
                .check(hiredOn != null, "hiredOn", "is required");
        if (birthDate != null && hiredOn != null) {
            errors.check(birthDate.isBefore(hiredOn), "birthDate", "must be before hiredOn (" + hiredOn + ")");
        }
        boolean leftAfterHired = hiredOn == null || leftOn == null || leftOn.isAfter(hiredOn);
        errors.check(leftAfterHired, "leftOn", "must be after hiredOn (" + hiredOn + ")");
        teaches = teaches == null || teaches.isBlank() ? null : teaches.strip();
        checkTeaching(role, teaches, courseCategory, errors);
        List<QualificationChange> history = qualificationHistory == null ? List.of() : qualificationHistory;
        for (int i = 0; i < history.size(); i++) {
            String at = "qualificationHistory[" + i + "]";
            if (history.get(i) == null) {
                errors.add(at, "must be a change of qualifications");
            } else {
                // a leftOn before hiredOn is one mistake, reported once, not again for every change
                checkChange(i == 0 ? null : history.get(i - 1), history.get(i), at, hiredOn,
                        leftAfterHired ? leftOn : null, errors);
            }
        }
        if (courseCategory != null) {
            checkDualQualified(latest(history), courseCategory, errors);
        }
        errors.throwIfAny();
        name = name.strip();
        qualificationHistory = List.copyOf(history);
    }

    private static void checkTeaching(StaffRole role, String teaches, CourseCategory category, FieldErrors errors) {
        if (category == CourseCategory.NONE) {
            errors.check(role != StaffRole.FULL_TIME_TEACHER, "courseCategory",
                    "must be CULTURAL, PROFESSIONAL or BOTH for a FULL_TIME_TEACHER (专任教师), whose post is teaching");
            errors.check(teaches == null, "teaches", "applies only to staff who teach; courseCategory is NONE");
        }
        errors.check(teaches == null || TEXT.matcher(teaches).matches(), "teaches",
                "must be 1 to 100 characters without control characters");
    }

    /**
     * @param previous the change before, {@code null} for the first
     * @param at       where the change is in the request, {@code null} when it is the request itself
     */
    private static void checkChange(QualificationChange previous, QualificationChange change, String at,
                                    LocalDate hiredOn, LocalDate leftOn, FieldErrors errors) {
        String effectiveOn = at == null ? "effectiveOn" : at + ".effectiveOn";
        if (!change.changesSomething()) {
            errors.add(at == null ? "body" : at, "must give at least one of education, degree, title, dualQualified");
        }
        if (change.effectiveOn() == null) {
            errors.add(effectiveOn, "is required");
            return;
        }
        if (hiredOn != null && change.effectiveOn().isBefore(hiredOn)) {
            errors.add(effectiveOn, "must be inside the employment: not before hiredOn (" + hiredOn + ")");
        }
        if (leftOn != null && !change.effectiveOn().isBefore(leftOn)) {
            errors.add(effectiveOn, "must be inside the employment: before leftOn (" + leftOn + ")");
        }
        if (previous != null && previous.effectiveOn() != null && change.effectiveOn().isBefore(previous.effectiveOn())) {
            errors.add(effectiveOn, "must not be before the previous change (" + previous.effectiveOn() + ")");
        }
    }

    /** The 双师型 standard certifies teachers of professional courses, so only they may hold it now. */
    private static void checkDualQualified(Qualifications current, CourseCategory category, FieldErrors errors) {
        errors.check(!Boolean.TRUE.equals(current.dualQualified()) || category.professional(), "dualQualified",
                "may be true only for staff who teach professional courses (courseCategory PROFESSIONAL or BOTH), not "
                        + category + ": the 双师型 standard certifies professional-course teachers");
    }

    /** What a history says after its last change; entries missing from an invalid history are passed over. */
    private static Qualifications latest(List<QualificationChange> history) {
        Qualifications qualifications = Qualifications.UNRECORDED;
        for (QualificationChange change : history) {
            if (change != null) {
                qualifications = qualifications.with(change);
            }
        }
        return qualifications;
    }

    /** The qualifications after the last recorded change, stored and published beside the history to filter on. */
    @JsonProperty("qualifications")
    public Qualifications qualifications() {
        return latest(qualificationHistory);
    }

    /**
     * What this staff member's qualifications were on a day: every change effective on or before it applied in
     * order. Whether they were employed that day is {@link #employedOn}.
     */
    public Qualifications qualificationsOn(LocalDate day) {
        Qualifications qualifications = Qualifications.UNRECORDED;
        for (QualificationChange change : qualificationHistory) {
            if (change.effectiveOn().isAfter(day)) {
                break;
            }
            qualifications = qualifications.with(change);
        }
        return qualifications;
    }

    /** Whether this staff member was on the staff on a day: hired on or before it and not yet left. */
    public boolean employedOn(LocalDate day) {
        return !hiredOn.isAfter(day) && (leftOn == null || day.isBefore(leftOn));
    }

    /**
     * The same staff member after one more change of qualifications. A change that alters nothing is not recorded,
     * so a repeated request changes nothing.
     */
    public Staff withQualificationChange(QualificationChange change) {
        FieldErrors errors = new FieldErrors();
        QualificationChange last = qualificationHistory.isEmpty() ? null : qualificationHistory.get(qualificationHistory.size() - 1);
        checkChange(last, change, null, hiredOn, leftOn, errors);
        errors.throwIfAny();
        Qualifications current = qualifications();
        if (current.with(change).equals(current)) {
            return this;
        }
        List<QualificationChange> history = new ArrayList<>(qualificationHistory);
        history.add(change);
        return withHistory(history);
    }

    public Staff withHistory(List<QualificationChange> history) {
        return new Staff(staffNo, name, gender, birthDate, employment, role, teaches, courseCategory, hiredOn, leftOn,
                history);
    }

    /**
     * The history a staff member should have when their details are written again: the stored one, its first entry
     * following a corrected hiring date if it was the initial one, continued by the given history if there is one.
     *
     * @throws InvalidInputException when the given history drops or rewrites stored changes
     */
    public static List<QualificationChange> continuedHistory(Staff stored, List<QualificationChange> given,
                                                             LocalDate hiredOn) {
        List<QualificationChange> kept = new ArrayList<>(stored.qualificationHistory());
        if (!kept.isEmpty() && kept.get(0).effectiveOn().equals(stored.hiredOn())) {
            QualificationChange initial = kept.get(0);
            kept.set(0, new QualificationChange(hiredOn, initial.education(), initial.degree(), initial.title(),
                    initial.dualQualified()));
        }
        if (given == null) {
            return kept;
        }
        if (given.size() < kept.size() || !given.subList(0, kept.size()).equals(kept)) {
            throw InvalidInputException.of("qualificationHistory", "must continue the stored history of " + kept.size()
                    + " entries unchanged; record changes with POST .../qualification-changes");
        }
        return given;
    }

    /**
     * A history with the qualifications a staff member had when hired. They complete an initial entry on the hiring
     * date: attributes it lacks are added, attributes it has must agree, as the initial qualifications are history
     * too. Without such an entry, they become the first.
     *
     * @throws InvalidInputException naming each attribute that differs from the recorded initial one
     */
    public static List<QualificationChange> withInitial(List<QualificationChange> history, QualificationChange initial) {
        List<QualificationChange> completed = new ArrayList<>(history);
        if (completed.isEmpty() || !completed.get(0).effectiveOn().equals(initial.effectiveOn())) {
            completed.add(0, initial);
            return completed;
        }
        QualificationChange recorded = completed.get(0);
        FieldErrors errors = new FieldErrors();
        String rule = " in the initial qualifications recorded on hiredOn (" + initial.effectiveOn()
                + "); record later changes with POST .../qualification-changes";
        agree("education", recorded.education(), initial.education(), rule, errors);
        agree("degree", recorded.degree(), initial.degree(), rule, errors);
        agree("title", recorded.title(), initial.title(), rule, errors);
        agree("dualQualified", recorded.dualQualified(), initial.dualQualified(), rule, errors);
        errors.throwIfAny();
        completed.set(0, new QualificationChange(initial.effectiveOn(),
                first(recorded.education(), initial.education()), first(recorded.degree(), initial.degree()),
                first(recorded.title(), initial.title()), first(recorded.dualQualified(), initial.dualQualified())));
        return completed;
    }

    private static void agree(String field, Object recorded, Object given, String rule, FieldErrors errors) {
        if (recorded != null && given != null && !recorded.equals(given)) {
            errors.add(field, "'" + given + "' differs from " + recorded + rule);
        }
    }

    private static <T> T first(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
