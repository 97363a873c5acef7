package org.vetreport.student.student;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid resident ID numbers for test students (made-up people). */
final class TestIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private TestIdNumbers() {
    }

    static String of(LocalDate birthDate, int sequence) {
        String body = "330402" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
