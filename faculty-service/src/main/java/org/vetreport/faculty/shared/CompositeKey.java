package org.vetreport.faculty.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.error.InvalidInputException;

/**
 * Natural keys of several parts joined with {@code :}, such as {@code T2010001:信息化教学能力提升:2020-07-06}. The key
 * is a path segment, so a part may not contain {@code :} nor a character that paths cannot carry: {@code /} and
 * {@code \} separate segments, {@code ;} starts path parameters and an encoded {@code %} is refused by the firewall.
 */
public final class CompositeKey {

    public static final String SEPARATOR = ":";
    /** Free text that may be part of a key, such as a programme or an honour's title. */
    public static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}:/\\\\;%]{1,100}");
    public static final String TEXT_RULE = "must be 1 to 100 characters without control characters or any of "
            + ": / \\ ; % (it is part of the key in paths)";

    private CompositeKey() {
    }

    public static String of(Object... parts) {
        return String.join(SEPARATOR, Arrays.stream(parts).map(String::valueOf).toList());
    }

    /**
     * The parts of a key from a path.
     *
     * @param form what the key looks like, for the message, e.g. {@code staffNo:programme:startOn}
     * @throws InvalidInputException naming {@code key} when it does not have {@code count} parts
     */
    public static List<String> parts(String key, int count, String form) {
        List<String> parts = List.of(key.split(SEPARATOR, -1));
        if (parts.size() != count || parts.stream().anyMatch(String::isBlank)) {
            throw InvalidInputException.of("key", "'" + key + "' is not a key of the form " + form);
        }
        return parts;
    }

    /** A part of a key that is a day, written YYYY-MM-DD. */
    public static LocalDate date(String part, String key, String form) {
        try {
            return LocalDate.parse(part);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("key", "'" + key + "' has '" + part + "' where a date written YYYY-MM-DD "
                    + "belongs; the key is " + form);
        }
    }

    /**
     * The value of a key field: the one in the body must be the one in the path, and an absent one is taken from
     * the path.
     */
    public static <T> T agree(String field, T inBody, T inPath, FieldErrors errors) {
        if (inBody != null && !Objects.equals(inBody, inPath)) {
            errors.add(field, "'" + inBody + "' differs from the key in the path ('" + inPath + "')");
        }
        return inPath;
    }
}
