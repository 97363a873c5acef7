import java.time.LocalDate;

/**
 * Prints a CSV of N made-up internships, Chinese column names as training departments export them, every row valid.
 * They refer to the five partners {@code RH001}, {@code SC002}, {@code ML003}, {@code JX004} and {@code XH005},
 * which the school must have first (an unknown partner is a row error); every seventh internship is at an employer
 * that is no partner, named in 实习单位 instead. Student numbers are those GenerateStudents makes for the same N.
 * Usage:
 *   java bench/GenerateInternships.java partners > partners.csv     (import into partners first)
 *   java bench/GenerateInternships.java 10000 > internships.csv
 */
public class GenerateInternships {

    private static final String[][] PARTNERS = {
            {"RH001", "浙江瑞宏机器人有限公司", "智能制造", "现代学徒制、实习基地", "60"},
            {"SC002", "浙江三超信息科技有限公司", "电子商务", "现代学徒制、实习基地、共建实训室", "20"},
            {"ML003", "嘉兴市美丽家食品有限责任公司", "食品", "现代学徒制、实习基地、产业学院", "30"},
            {"JX004", "浙江加西贝拉科技服务股份有限公司", "装备制造", "实习基地、产业学院", "80"},
            {"XH005", "欣禾职教集团成员企业", "综合", "职教集团、实习基地", "40"}};
    private static final String[] KINDS = {"顶岗实习", "顶岗实习", "顶岗实习", "顶岗实习", "顶岗实习", "顶岗实习", "顶岗实习",
            "顶岗实习", "认识实习", "跟岗实习"};

    public static void main(String[] args) {
        if (args[0].equals("partners")) {
            StringBuilder out = new StringBuilder("企业编号,单位名称,行业,城市,合作类型,合作开始,合作结束,提供工位\n");
            for (String[] p : PARTNERS) {
                out.append(String.format("%s,%s,%s,嘉兴,%s,2015-09-01,,%s%n", p[0], p[1], p[2], p[3], p[4]));
            }
            System.out.print(out);
            return;
        }
        int count = Integer.parseInt(args[0]);
        StringBuilder out = new StringBuilder("学号,企业,实习单位,实习类型,开始日期,结束日期,专业对口,保险,录用\n");
        for (int i = 0; i < count; i++) {
            boolean partner = i % 7 != 0;
            String kind = KINDS[i % KINDS.length];
            LocalDate start = LocalDate.of(2020, 7, 1).plusDays(i % 60);
            LocalDate end = kind.equals("认识实习") ? start.plusDays(4) : start.plusMonths(6);
            out.append(String.format("B%07d,%s,%s,%s,%s,%s,%s,%s,%s%n", i,
                    partner ? PARTNERS[i % PARTNERS.length][0] : "", partner ? "" : "嘉兴某企业" + (i % 100) + "有限公司",
                    kind, start, i % 9 == 0 ? "" : end.toString(), i % 5 == 0 ? "否" : "是", i % 50 == 0 ? "否" : "是",
                    i % 3 == 0 ? "是" : "否"));
            if (out.length() > 1 << 20) {
                System.out.print(out);
                out.setLength(0);
            }
        }
        System.out.print(out);
    }
}
