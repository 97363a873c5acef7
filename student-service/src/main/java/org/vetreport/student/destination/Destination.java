package org.vetreport.student.destination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.student.student.StatusChange;
import org.vetreport.student.student.Student;
import org.vetreport.student.student.StudentStatus;

/**
 * Where a graduate went after graduating (毕业去向), one record per student.
 *
 * @param relevantToMajor    whether the job matches the major (专业对口); only for a graduate who works
 * @param local              whether the job is in the school's city (本地就业); only for a graduate who works
 * @param firstMonthlySalary the first month's pay in yuan, exact to the fen; only for a graduate who works
 * @param employer           the employer's name (就业单位), free text
 */
public record Destination(String studentNo, Integer graduationYear, DestinationKind destination, Boolean relevantToMajor,
                          Boolean local, BigDecimal firstMonthlySalary, String employer) {

    private static final Pattern STUDENT_NO = Pattern.compile(Student.NUMBER_PATTERN);
    private static final int FEN = 2;
    private static final BigDecimal MAX_SALARY = new BigDecimal(1_000_000);

    public Destination {
        FieldErrors errors = new FieldErrors()
                .check(studentNo != null && STUDENT_NO.matcher(studentNo).matches(), "studentNo",
                        "must be 1 to 32 letters, digits or '-', starting with a letter or digit")
                .check(graduationYear != null, "graduationYear", "is required")
                .check(destination != null, "destination", "is required: one of " + List.of(DestinationKind.values()));
        if (destination != null && !destination.working()) {
            String onlyWorking = "applies only when destination is EMPLOYED or SELF_EMPLOYED, not " + destination;
            errors.check(relevantToMajor == null, "relevantToMajor", onlyWorking)
                    .check(local == null, "local", onlyWorking)
                    .check(firstMonthlySalary == null, "firstMonthlySalary", onlyWorking);
        }
        if (firstMonthlySalary != null) {
            checkSalary(firstMonthlySalary, errors);
        }
        errors.throwIfAny();
        // one scale for every amount, so 3500, 3500.0 and 3500.00 are the same stored value and re-imports change nothing
        firstMonthlySalary = firstMonthlySalary == null ? null : firstMonthlySalary.setScale(FEN);
        employer = employer == null || employer.isBlank() ? null : employer.strip();
    }

    /**
     * Checks the amount before anything scales or prints it in full: an exponent such as 1E+999999999 is short to
     * send but would take gigabytes to expand.
     */
    private static void checkSalary(BigDecimal salary, FieldErrors errors) {
        if (salary.signum() < 0) {
            errors.add("firstMonthlySalary", "must not be negative");
        } else if (salary.compareTo(MAX_SALARY) > 0) {
            errors.add("firstMonthlySalary", "must be at most " + MAX_SALARY + " yuan: the pay of one month");
        } else if (salary.stripTrailingZeros().scale() > FEN) {
            errors.add("firstMonthlySalary", "must be yuan with at most 2 decimals (fen); " + salary
                    + " is not rounded here");
        }
    }

    /**
     * What is wrong with recording a destination of {@code studentNo} for {@code graduationYear}: the student must
     * exist, have graduated, and have graduated in that year.
     *
     * @param student the student with that number, {@code null} if the school has none
     */
    public static List<FieldError> graduateProblems(String studentNo, Integer graduationYear, Student student) {
        List<FieldError> problems = new ArrayList<>();
        if (student == null) {
            problems.add(new FieldError("studentNo", "'" + studentNo + "' is not a student of this school"));
        } else if (student.status() != StudentStatus.GRADUATED) {
            problems.add(new FieldError("studentNo", "student '" + studentNo + "' is " + student.status()
                    + ", not GRADUATED: a destination is recorded only for a graduate; record the graduation with "
                    + "POST .../students/" + studentNo + "/status-changes first"));
        } else if (graduationYear != null && graduationYear.intValue() != graduatedOn(student).getYear()) {
            problems.add(new FieldError("graduationYear", "must be " + graduatedOn(student).getYear()
                    + ", the year student '" + studentNo + "' graduated (" + graduatedOn(student) + ")"));
        }
        return problems;
    }

    /** GRADUATED is final, so it is the last change of a graduate's history. */
    private static LocalDate graduatedOn(Student graduate) {
        List<StatusChange> history = graduate.statusHistory();
        return history.get(history.size() - 1).effectiveOn();
    }
}
