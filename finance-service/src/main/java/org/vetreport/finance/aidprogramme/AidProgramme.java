package org.vetreport.finance.aidprogramme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vetreport.finance.money.Yuan;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.FieldErrors;

/**
 * A student aid programme of one school (资助项目): free tuition, a national grant, a foundation's grant...
 *
 * @param funder        who pays for it (资助方), e.g. 中央财政 or 嘉兴市教育基金会
 * @param capPerStudent the most one award (one student, one term) of the programme may pay, in yuan; {@code null}
 *                      when the programme sets none
 */
public record AidProgramme(String code, String name, AidKind kind, String funder, BigDecimal capPerStudent) {

    /** Programme codes become part of award keys, so they never contain the ':' that joins those. */
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,100}");

    public AidProgramme {
        FieldErrors errors = new FieldErrors()
                .check(isCode(code), "code", "must be 1 to 32 letters, digits, '-' or '_', starting with a letter or digit")
                .check(name != null && TEXT.matcher(name.strip()).matches(), "name",
                        "must be 1 to 100 characters without control characters")
                .check(kind != null, "kind", "is required: one of " + List.of(AidKind.values()))
                .check(funder != null && TEXT.matcher(funder.strip()).matches(), "funder",
                        "must be 1 to 100 characters without control characters");
        if (capPerStudent != null) {
            Yuan.check(capPerStudent, "capPerStudent", Yuan.Sign.POSITIVE, errors);
        }
        errors.throwIfAny();
        name = name.strip();
        funder = funder.strip();
        capPerStudent = Yuan.exact(capPerStudent);
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** Whether an award of this amount stays within the cap. */
    public boolean allows(BigDecimal amount) {
        return capPerStudent == null || amount.compareTo(capPerStudent) <= 0;
    }

    /**
     * What is wrong with this programme's cap given the awards it has paid: a cap is not set below an award already
     * paid, which would make that award break the rule it was checked against.
     *
     * @param largestAward the largest amount paid in the programme, {@code null} if none was
     */
    public Optional<FieldError> capProblem(BigDecimal largestAward) {
        if (largestAward == null || allows(largestAward)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError("capPerStudent", "must be at least " + largestAward
                + ", the largest award already paid in programme '" + code + "'; correct the awards above the new "
                + "cap first"));
    }
}
