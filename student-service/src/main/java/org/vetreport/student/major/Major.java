package org.vetreport.student.major;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.vetreport.platform.kit.error.FieldErrors;

/**
 * A major (专业) a school offers, open from {@code openedOn} until the day before {@code closedOn}.
 *
 * @param group the major group (专业群) it belongs to, e.g. 智能制造专业群; optional
 */
public record Major(String code, String name, String group, LocalDate openedOn, LocalDate closedOn) {

    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    private static final Pattern GROUP = Pattern.compile("[^\\p{Cntrl}]{1,50}");

    public Major {
        new FieldErrors()
                .check(code != null && CODE.matcher(code).matches(), "code",
                        "must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit")
                .check(name != null && !name.isBlank(), "name", "must not be blank")
                .check(group == null || group.isBlank() || GROUP.matcher(group.strip()).matches(), "group",
                        "must be a name of at most 50 characters without control characters, e.g. 智能制造专业群")
                .check(openedOn != null, "openedOn", "is required")
                .check(closedOn == null || openedOn == null || closedOn.isAfter(openedOn), "closedOn",
                        "must be after openedOn (" + openedOn + ")")
                .throwIfAny();
        name = name.strip();
        group = group == null || group.isBlank() ? null : group.strip();
    }
}
