package org.vetreport.faculty.elective;

import java.util.List;
import java.util.regex.Pattern;
import org.vetreport.faculty.shared.CompositeKey;
import org.vetreport.faculty.staff.StaffNumbers;
import org.vetreport.platform.kit.error.FieldErrors;

/**
 * An elective course (选修课) offered in one term, under the key {@code code:year:term}. The calendar year Y holds the
 * second term of school year Y-1 and the first term of school year Y.
 *
 * @param year             the school year, as the calendar year it starts in: 2020 for 2020–2021
 * @param term             1 for the autumn term, 2 for the spring term
 * @param teacherStaffNos  the staff who teach it: at least one, each once, in the order given
 * @param enrolledStudents how many students chose it (选课人数)
 */
public record Elective(String code, String title, Integer year, Integer term, List<String> teacherStaffNos,
                       Integer enrolledStudents, boolean online) {

    public static final String KEY_FORM = "code:year:term, e.g. XX2001:2020:1";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern TITLE = Pattern.compile("[^\\p{Cntrl}]{1,100}");

    public Elective {
        title = title == null ? null : title.strip();
        FieldErrors errors = new FieldErrors()
                .check(code != null && CODE.matcher(code).matches(), "code",
                        "must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit")
                .check(title != null && TITLE.matcher(title).matches(), "title",
                        "must be 1 to 100 characters without control characters")
                .check(year != null && year >= 1900 && year <= 2100, "year",
                        "must be a school year from 1900 to 2100, written as the year it starts in (2020 for 2020–2021)")
                .check(term != null && (term == 1 || term == 2), "term", "must be 1 (autumn) or 2 (spring)")
                .check(enrolledStudents != null, "enrolledStudents", "is required: how many students chose it, 0 or more")
                .check(enrolledStudents == null || enrolledStudents >= 0, "enrolledStudents", "must not be negative");
        StaffNumbers.checkList(teacherStaffNos, "teacherStaffNos", errors);
        errors.throwIfAny();
        teacherStaffNos = List.copyOf(teacherStaffNos);
    }

    public String key() {
        return CompositeKey.of(code, year, term);
    }
}
