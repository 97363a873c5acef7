package org.vetreport.training.shared;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.vetreport.platform.kit.error.FieldErrors;

/**
 * The forms of the codes records carry: this service's own codes (a path segment each), and the student numbers and
 * major codes the student service owns. Those are kept as given, since this service does not know the students and
 * majors (the report's checks catch a number no student has), but a malformed one is refused here.
 */
public final class Codes {

    public static final String CODE_RULE = "must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit";
    public static final String STUDENT_NO_RULE = "must be a student number: 1 to 32 letters, digits or '-', starting "
            + "with a letter or digit";
    public static final String MAJOR_CODE_RULE = "must be a major code: 1 to 32 letters, digits, '.', '_' or '-', "
            + "starting with a letter or digit";
    /** The same forms as student-service's major codes and student numbers. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern STUDENT_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");

    private Codes() {
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static boolean isMajorCode(String majorCode) {
        return isCode(majorCode);
    }

    public static boolean isStudentNo(String studentNo) {
        return studentNo != null && STUDENT_NO.matcher(studentNo).matches();
    }

    /**
     * Checks every entry of a list for its form and that it appears once, naming the entry as {@code field[i]}.
     *
     * @param list a list, {@code null} counting as empty
     */
    public static void checkEach(List<String> list, String field, Predicate<String> form, String rule,
                                 FieldErrors errors) {
        if (list == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String value = list.get(i);
            String entry = field + "[" + i + "]";
            if (!form.test(value)) {
                errors.add(entry, rule);
            } else if (!seen.add(value)) {
                errors.add(entry, "names '" + value + "' a second time");
            }
        }
    }
}
