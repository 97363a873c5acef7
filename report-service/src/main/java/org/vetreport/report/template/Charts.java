package org.vetreport.report.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.vetreport.report.document.Block;

/** The charts the outlines show: enrolment over five years, income by category, full-time teachers by title and education. */
public final class Charts {

    /** How many years the enrolment trend spans, the report year included. */
    public static final int TREND_YEARS = 5;

    /** The indicators whose yearly series the enrolment trend draws. */
    public static final List<String> TREND = List.of("students.enrolled", "students.newEnrolled");

    private Charts() {
    }

    public static Content enrolmentTrend() {
        return facts -> {
            List<String> years = new ArrayList<>();
            for (int year = facts.year() - TREND_YEARS + 1; year <= facts.year(); year++) {
                years.add(year + "年");
            }
            List<Block.ChartSeries> series = TREND.stream().map(id -> new Block.ChartSeries(facts.require(id).nameZh(),
                    aligned(facts, id))).toList();
            return List.<Block>of(new Block.Chart("近" + TREND_YEARS + "年在校生与招生人数", Block.ChartKind.LINE, "人", years, series));
        };
    }

    public static Content incomeStructure() {
        return facts -> pie(facts, "收入构成", "万元", List.of("finance.income.fiscalSubsidy", "finance.income.business",
                "finance.income.other"));
    }

    /** Senior titles against the other full-time teachers. */
    public static Content facultyByTitle() {
        return facts -> {
            BigDecimal all = facts.require("faculty.fullTimeTeachers").value();
            BigDecimal senior = facts.require("faculty.seniorTitle").value();
            return List.<Block>of(new Block.Chart("专任教师职称结构", Block.ChartKind.PIE, "人", List.of("高级职称", "其他职称"),
                    List.of(new Block.ChartSeries("专任教师", values(senior, minus(all, senior))))));
        };
    }

    /** Master's or higher, bachelor's, below bachelor's: differences of the cumulative figures. */
    public static Content facultyByEducation() {
        return facts -> {
            BigDecimal all = facts.require("faculty.fullTimeTeachers").value();
            BigDecimal bachelor = facts.require("faculty.bachelorOrAbove").value();
            BigDecimal master = facts.require("faculty.masterOrAbove").value();
            return List.<Block>of(new Block.Chart("专任教师学历结构", Block.ChartKind.PIE, "人", List.of("硕士及以上", "本科", "本科以下"),
                    List.of(new Block.ChartSeries("专任教师", values(master, minus(bachelor, master), minus(all, bachelor))))));
        };
    }

    private static List<Block> pie(Facts facts, String caption, String unit, List<String> ids) {
        List<String> names = ids.stream().map(id -> facts.require(id).nameZh()).toList();
        List<BigDecimal> values = ids.stream().map(id -> facts.require(id).value()).toList();
        return List.of(new Block.Chart(caption, Block.ChartKind.PIE, unit, names,
                List.of(new Block.ChartSeries(caption, values))));
    }

    private static List<BigDecimal> aligned(Facts facts, String id) {
        List<BigDecimal> values = new ArrayList<>();
        for (int year = facts.year() - TREND_YEARS + 1; year <= facts.year(); year++) {
            int wanted = year;
            values.add(facts.series(id).stream().filter(point -> point.year() == wanted).findFirst()
                    .map(YearValue::value).orElse(null));
        }
        return values;
    }

    private static BigDecimal minus(BigDecimal whole, BigDecimal part) {
        return whole == null || part == null ? null : whole.subtract(part);
    }

    /** Values aligned with the categories, {@code null} where one is missing (which {@code List.of} refuses). */
    private static List<BigDecimal> values(BigDecimal... values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }
}
