import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Prints a CSV of N made-up students with valid resident ID numbers, Chinese column names as schools export them.
 * Usage: java bench/GenerateStudents.java 10000 > students.csv
 */
public class GenerateStudents {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String[] MAJORS = {"0101", "0102", "0301", "0306", "0201", "0601", "0602", "1101"};

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        StringBuilder out = new StringBuilder("学号,姓名,性别,身份证号,专业代码,班级,学制,全日制,入学日期,预计毕业日期\n");
        for (int i = 0; i < count; i++) {
            int cohort = 2018 + i % 3;
            LocalDate born = LocalDate.of(cohort - 15, 1, 1).plusDays(i % 365);
            out.append(String.format("B%07d,学生%d,%s,%s,%s,%d级%d班,三年制,是,%d-09-01,%d-06-30%n", i, i,
                    i % 2 == 0 ? "男" : "女", idNumber(born, i), MAJORS[i % MAJORS.length], cohort, i % 40, cohort, cohort + 3));
            if (out.length() > 1 << 20) {
                System.out.print(out);
                out.setLength(0);
            }
        }
        System.out.print(out);
    }

    private static String idNumber(LocalDate born, int sequence) {
        String body = "330402" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
