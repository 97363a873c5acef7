package org.vetreport.training.shared;

import java.util.regex.Pattern;

/** Names and other free text of records: stripped, without control characters, of a bounded length. */
public final class Texts {

    private static final Pattern NO_CONTROL = Pattern.compile("[^\\p{Cntrl}]*");

    private Texts() {
    }

    /** The text without surrounding spaces; {@code null} when absent or blank, so that blank means not given. */
    public static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether a stripped text is 1 to {@code max} characters without control characters. */
    public static boolean fits(String text, int max) {
        return text != null && !text.isEmpty() && text.length() <= max && NO_CONTROL.matcher(text).matches();
    }

    public static String rule(int max) {
        return "must be 1 to " + max + " characters without control characters";
    }
}
