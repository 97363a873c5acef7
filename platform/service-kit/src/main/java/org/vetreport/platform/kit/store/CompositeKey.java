package org.vetreport.platform.kit.store;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.error.InvalidInputException;

/**
 * Natural keys made of several fields, as paths and event keys carry them: the fields joined with ':', an absent
 * field written '-', e.g. {@code 2020001:2020:2:FITNESS:-}. A key is compared as text, so every record composes
 * its key here and a key sent by a client must be written exactly as the record composes it.
 */
public final class CompositeKey {

    public static final String SEPARATOR = ":";
    public static final String ABSENT = "-";

    private CompositeKey() {
    }

    public static String of(Object... fields) {
        return Arrays.stream(fields).map(field -> field == null ? ABSENT : field.toString())
                .collect(Collectors.joining(SEPARATOR));
    }

    /**
     * The fields of a key of {@code count} fields none of which contains ':'.
     *
     * @param form the key's form with an example, for the message when the key has another number of fields
     */
    public static List<String> split(String key, int count, String form) {
        String[] fields = key.split(SEPARATOR, -1);
        if (fields.length != count) {
            throw InvalidInputException.of("key", "'" + key + "' must have the form " + form);
        }
        return List.of(fields);
    }

    /**
     * Reads one field of a key: {@code null} when written '-'; a text that is not of the field's type is an error
     * naming the field.
     *
     * @param parse a reading such as {@code Integer::valueOf}, {@code Enum::valueOf} or {@code LocalDate::parse},
     *              which refuses a bad text with an {@link IllegalArgumentException} or a {@link DateTimeException}
     */
    public static <T> T field(String text, Function<String, T> parse, String field, String expected, FieldErrors errors) {
        if (text.equals(ABSENT)) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            errors.add(field, "'" + text + "' in the key is not " + expected);
            return null;
        }
    }

    /** A key field a request body repeats must say what the key in the path says. */
    public static void agree(String field, Object given, Object inKey, FieldErrors errors) {
        if (given != null && !given.equals(inKey)) {
            errors.add(field, "'" + given + "' differs from the key in the path, which has '"
                    + (inKey == null ? ABSENT : inKey) + "'");
        }
    }

    /**
     * The key a record was written to must be the key it composes, or one record could be stored under two
     * spellings of its key (year {@code 02020}, a name with a trailing space).
     */
    public static void checkWrittenAs(String key, String composed) {
        if (!key.equals(composed)) {
            throw InvalidInputException.of("key", "'" + key + "' is not written as this record's key is: '"
                    + composed + "'");
        }
    }
}
