import java.time.LocalDate;

/**
 * Prints a CSV of N made-up staff, Chinese column names as personnel offices export them, with their qualifications
 * when hired. Mostly full-time teachers, cultural or professional, some part-time and external ones and a few
 * administrators; 双师型 only for teachers of professional courses, so every row is valid.
 * Usage: java bench/GenerateStaff.java 10000 > staff.csv
 */
public class GenerateStaff {

    private static final String[] SUBJECTS = {"语文", "数学", "英语", "数控加工", "工业机器人编程", "电子商务", "烹饪", "焊接"};
    private static final String[] EDUCATIONS = {"本科", "本科", "本科", "硕士研究生", "专科", "博士研究生"};
    private static final String[] DEGREES = {"学士", "学士", "学士", "硕士", "无", "博士"};
    private static final String[] TITLES = {"初级", "中级", "中级", "副高级", "副高级", "正高级", "无"};

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        StringBuilder out = new StringBuilder("工号,姓名,性别,出生日期,编制,岗位,任教,课程类别,入职日期,离职日期,学历,学位,职称,双师型\n");
        for (int i = 0; i < count; i++) {
            LocalDate hired = LocalDate.of(1995 + i % 26, 9, 1);
            LocalDate born = hired.minusYears(23 + i % 10).minusDays(i % 300);
            String left = i % 17 == 0 ? hired.plusYears(3).toString() : "";
            String employment = i % 13 == 0 ? "外聘" : i % 11 == 0 ? "兼职" : i % 5 == 0 ? "合同制" : "在编";
            boolean administrator = i % 19 == 0;
            String subject = SUBJECTS[i % SUBJECTS.length];
            boolean professional = !administrator && i % SUBJECTS.length >= 3;
            out.append(String.format("S%07d,教工%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s%n", i, i, i % 2 == 0 ? "男" : "女",
                    born, employment, administrator ? "行政" : "专任教师", administrator ? "" : subject,
                    administrator ? "" : professional ? "专业课" : "文化课", hired, left,
                    EDUCATIONS[i % EDUCATIONS.length], DEGREES[i % DEGREES.length], TITLES[i % TITLES.length],
                    professional && i % 10 != 0 ? "是" : "否"));
            if (out.length() > 1 << 20) {
                System.out.print(out);
                out.setLength(0);
            }
        }
        System.out.print(out);
    }
}
