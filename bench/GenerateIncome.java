import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Prints a CSV of N made-up income vouchers with Chinese column names as finance offices export them: the seed
 * report's mix of categories (about 91% 财政补助, 5% 事业收入, 4% 其他收入) and natures (85% 基本), amounts exact
 * to the fen, some written with digit groups or 元 as spreadsheets do, and every 50th voucher reversing the one
 * before it. The same N always gives the same file.
 * Usage: java bench/GenerateIncome.java 10000 > income.csv
 */
public class GenerateIncome {

    private static final LocalDate NEW_YEAR = LocalDate.of(2020, 1, 1);

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        Random random = new Random(2020);
        StringBuilder out = new StringBuilder("凭证号,记账日期,收入类别,经费性质,金额,摘要,冲销凭证\n");
        for (int i = 0; i < count; i++) {
            String postedOn = NEW_YEAR.plusDays((long) i * 366 / count).toString();
            if (i % 50 == 49) {
                out.append(String.format("B%07d,%s,,,,冲销凭证B%07d,B%07d%n", i, postedOn, i - 1, i - 1));
            } else {
                int draw = random.nextInt(100);
                String category = draw < 91 ? "财政补助" : draw < 96 ? "事业收入" : "其他收入";
                String nature = random.nextInt(100) < 85 ? "基本" : "项目";
                long fen = random.nextLong(1, 500_000_000L);
                out.append(String.format("B%07d,%s,%s,%s,%s,%s第%d笔%n", i, postedOn, category, nature, amount(fen, i),
                        category, i));
            }
            if (out.length() > 1 << 20) {
                System.out.print(out);
                out.setLength(0);
            }
        }
        System.out.print(out);
    }

    /** Plain most of the time; every 7th with digit groups (quoted, as CSV needs), every 11th with 元. */
    private static String amount(long fen, int i) {
        String yuan = fen / 100 + "." + String.format("%02d", fen % 100);
        if (i % 7 == 0) {
            return String.format(Locale.ROOT, "\"%,d.%02d\"", fen / 100, fen % 100);
        }
        return i % 11 == 0 ? yuan + "元" : yuan;
    }
}
