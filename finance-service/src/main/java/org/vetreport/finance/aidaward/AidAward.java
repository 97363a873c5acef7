package org.vetreport.finance.aidaward;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.vetreport.finance.aidprogramme.AidProgramme;
import org.vetreport.finance.money.Yuan;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.error.InvalidInputException;

/**
 * What one student was paid by one aid programme in one term (资助发放). Its natural key is programme, student,
 * school year and term, so a student is never paid twice by a programme in a term.
 *
 * @param studentNo the student's number as the finance office has it; the student service owns students, and the
 *                  report's checks catch a number no student has
 * @param year      the school year (学年), named by the calendar year it starts in: 2020 is 2020–2021
 * @param term      1 for the first term (autumn), 2 for the second (spring)
 * @param amount    yuan, exact to the fen, greater than 0
 */
public record AidAward(String programmeCode, String studentNo, Integer year, Integer term, BigDecimal amount,
                       LocalDate paidOn) {

    public static final String KEY_FORM = "programmeCode:studentNo:year:term, such as TUITION-2020:2020010001:2020:1";
    private static final Pattern STUDENT_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    public AidAward {
        FieldErrors errors = new FieldErrors()
                .check(AidProgramme.isCode(programmeCode), "programmeCode",
                        "must be the code of an aid programme: 1 to 32 letters, digits, '-' or '_'")
                .check(studentNo != null && STUDENT_NO.matcher(studentNo).matches(), "studentNo",
                        "must be 1 to 32 letters, digits or '-', starting with a letter or digit")
                .check(year != null && year >= FIRST_YEAR && year <= LAST_YEAR, "year", "must be a school year from "
                        + FIRST_YEAR + " to " + LAST_YEAR + ", named by the year it starts in (2020 for 2020–2021)")
                .check(term != null && (term == 1 || term == 2), "term",
                        "must be 1 (first term, autumn) or 2 (second term, spring)")
                .check(paidOn != null, "paidOn", "is required");
        if (amount == null) {
            errors.add("amount", "is required");
        } else {
            Yuan.check(amount, "amount", Yuan.Sign.POSITIVE, errors);
        }
        errors.throwIfAny();
        amount = Yuan.exact(amount);
    }

    /** The natural key: the four parts joined with ':', which none of them can contain. */
    public String key() {
        return String.join(":", programmeCode, studentNo, year.toString(), term.toString());
    }

    /**
     * The parts of a natural key, as the path of a single write gives them.
     *
     * @throws InvalidInputException when the key does not have the form {@link #KEY_FORM}
     */
    public static Key parseKey(String key) {
        String[] parts = key.split(":", -1);
        if (parts.length == 4 && parts[2].matches("\\d{4}") && parts[3].matches("\\d")) {
            return new Key(parts[0], parts[1], Integer.valueOf(parts[2]), Integer.valueOf(parts[3]));
        }
        throw InvalidInputException.of("key", "'" + key + "' must be " + KEY_FORM);
    }

    /**
     * What is wrong with this award given its programme: the programme must exist and the amount stay within its cap.
     *
     * @param programme the school's programme with the award's code, {@code null} if there is none
     */
    public List<FieldError> programmeProblems(AidProgramme programme) {
        if (programme == null) {
            return List.of(new FieldError("programmeCode", "'" + programmeCode + "' is not an aid programme of this "
                    + "school; set the programme up first"));
        }
        if (!programme.allows(amount)) {
            return List.of(new FieldError("amount", "must be at most " + programme.capPerStudent()
                    + ", the cap per student and term of programme '" + programmeCode + "'"));
        }
        return List.of();
    }

    /** The parts of an award's natural key. */
    public record Key(String programmeCode, String studentNo, Integer year, Integer term) {
    }
}
