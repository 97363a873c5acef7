package org.vetreport.student.student;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.error.InvalidInputException;

/**
 * A student of one school with the history of their status. The history starts with {@code ENROLLED} on the
 * enrolment date; every later change follows an allowed transition and never goes back in time.
 *
 * @param idNumber the full resident ID, kept only in the student service: every answer masks it and no event
 *                 carries it
 */
@JsonIgnoreProperties(value = "status", allowGetters = true)
public record Student(String studentNo, String name, Gender gender, String idNumber, LocalDate birthDate,
                      String majorCode, String className, Programme programme, boolean fullTime,
                      LocalDate enrolledOn, LocalDate expectedGraduationOn, List<StatusChange> statusHistory) {

    public static final String NUMBER_PATTERN = "[A-Za-z0-9][A-Za-z0-9-]{0,31}";
    public static final String NUMBER_RULE = "must be 1 to 32 letters, digits or '-', starting with a letter or digit";
    private static final Pattern NUMBER = Pattern.compile(NUMBER_PATTERN);

    public Student {
        idNumber = IdNumber.normalize(idNumber);
        FieldErrors errors = new FieldErrors()
                .check(isNumber(studentNo), "studentNo", NUMBER_RULE)
                .check(name != null && !name.isBlank(), "name", "must not be blank")
                .check(gender != null, "gender", "is required: MALE or FEMALE")
                .check(majorCode != null && !majorCode.isBlank(), "majorCode", "is required")
                .check(programme != null, "programme", "is required")
                .check(enrolledOn != null, "enrolledOn", "is required")
                .check(expectedGraduationOn != null, "expectedGraduationOn", "is required");
        if (idNumber != null) {
            IdNumber.problem(idNumber).ifPresent(problem -> errors.add("idNumber", problem));
            LocalDate born = IdNumber.birthDate(idNumber).orElse(null);
            errors.check(birthDate == null || born == null || born.equals(birthDate), "birthDate",
                    "differs from the birth date in idNumber");
            if (birthDate == null) {
                birthDate = born;
            }
        }
        errors.check(birthDate != null, "birthDate", "is required unless idNumber gives it");
        if (birthDate != null && enrolledOn != null) {
            errors.check(birthDate.isBefore(enrolledOn), "birthDate", "must be before enrolledOn");
        }
        if (enrolledOn != null && expectedGraduationOn != null) {
            errors.check(expectedGraduationOn.isAfter(enrolledOn), "expectedGraduationOn", "must be after enrolledOn");
        }
        if (statusHistory == null && enrolledOn != null) {
            statusHistory = List.of(new StatusChange(StudentStatus.ENROLLED, enrolledOn, null));
        }
        if (enrolledOn != null) {
            checkHistory(statusHistory, enrolledOn, errors);
        }
        errors.throwIfAny();
        name = name.strip();
        statusHistory = List.copyOf(statusHistory);
    }

    /** Whether a text has the form of a student number; records referring to students check it too. */
    public static boolean isNumber(String studentNo) {
        return studentNo != null && NUMBER.matcher(studentNo).matches();
    }

    private static void checkHistory(List<StatusChange> history, LocalDate enrolledOn, FieldErrors errors) {
        if (history.isEmpty() || history.get(0).status() != StudentStatus.ENROLLED
                || !history.get(0).effectiveOn().equals(enrolledOn)) {
            errors.add("statusHistory[0]", "must be ENROLLED on enrolledOn (" + enrolledOn + ")");
            return;
        }
        for (int i = 1; i < history.size(); i++) {
            checkTransition(history.get(i - 1), history.get(i), "statusHistory[" + i + "].", errors);
        }
    }

    private static void checkTransition(StatusChange previous, StatusChange change, String prefix, FieldErrors errors) {
        if (!previous.status().allowedNext().contains(change.status())) {
            errors.add(prefix + "status", previous.status() + " cannot become " + change.status()
                    + (previous.status().isFinal() ? "; " + previous.status() + " is final"
                    : "; allowed: " + previous.status().allowedNext()));
        }
        if (change.effectiveOn().isBefore(previous.effectiveOn())) {
            errors.add(prefix + "effectiveOn", "must not be before the previous change (" + previous.effectiveOn() + ")");
        }
    }

    /** The current status, stored and published beside the history so that it can be filtered on. */
    @JsonProperty("status")
    public StudentStatus status() {
        return statusHistory.get(statusHistory.size() - 1).status();
    }

    /** The same student after one more change of status. */
    public Student withStatusChange(StatusChange change) {
        FieldErrors errors = new FieldErrors();
        checkTransition(statusHistory.get(statusHistory.size() - 1), change, "", errors);
        errors.throwIfAny();
        List<StatusChange> history = new ArrayList<>(statusHistory);
        history.add(change);
        return withHistory(history);
    }

    public Student withHistory(List<StatusChange> history) {
        return new Student(studentNo, name, gender, idNumber, birthDate, majorCode, className, programme, fullTime,
                enrolledOn, expectedGraduationOn, history);
    }

    /**
     * The history this student should have when its details are written again: the new history if one is
     * given, which must continue the stored one; otherwise the stored one, its first entry following a changed
     * enrolment date.
     *
     * @throws InvalidInputException when the given history drops or rewrites stored changes
     */
    public static List<StatusChange> continuedHistory(List<StatusChange> stored, List<StatusChange> given, LocalDate enrolledOn) {
        List<StatusChange> kept = new ArrayList<>(stored);
        kept.set(0, new StatusChange(StudentStatus.ENROLLED, enrolledOn, stored.get(0).reason()));
        if (given == null) {
            return kept;
        }
        if (given.size() < kept.size() || !given.subList(0, kept.size()).equals(kept)) {
            throw InvalidInputException.of("statusHistory", "must continue the stored history of " + kept.size()
                    + " entries unchanged; record changes with POST .../status-changes");
        }
        return given;
    }
}
