package org.vetreport.student.student;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 18-character resident identity number (居民身份证号码, GB 11643-1999): a 6-digit region code whose first two
 * digits are a province, the birth date as YYYYMMDD, a 3-digit sequence and a check character computed with ISO
 * 7064 MOD 11-2. Messages about it never repeat the number.
 */
public final class IdNumber {

    private static final Pattern FORM = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83", "91");

    private IdNumber() {
    }

    /** Upper-cases a trailing {@code x}; the check letter is written X. */
    public static String normalize(String idNumber) {
        return idNumber == null ? null : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** @return what is wrong with the number, or nothing if it is valid */
    public static Optional<String> problem(String idNumber) {
        if (!FORM.matcher(idNumber).matches()) {
            return Optional.of("must be 18 characters: 17 digits and a digit or X");
        }
        if (!PROVINCES.contains(idNumber.substring(0, 2))) {
            return Optional.of("does not start with the code of a province");
        }
        if (birthDate(idNumber).isEmpty()) {
            return Optional.of("does not contain a valid birth date in characters 7 to 14");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (idNumber.charAt(i) - '0') * WEIGHTS[i];
        }
        if (CHECK.charAt(sum % 11) != idNumber.charAt(17)) {
            return Optional.of("has a wrong check character (GB 11643): mistyped?");
        }
        return Optional.empty();
    }

    public static Optional<LocalDate> birthDate(String idNumber) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                    Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The form shown to everyone: region code and last four characters, e.g. {@code 330402********1234}. */
    public static String mask(String idNumber) {
        return idNumber == null ? null : idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }
}
