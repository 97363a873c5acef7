package org.vetreport.report.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Figures and facts for tests, built the way the catalogue names and rounds them. */
public final class FigureFixtures {

    private FigureFixtures() {
    }

    /** A figure with this year's and last year's value; change and percent computed as the engine does. */
    public static Figure figure(String id, String nameZh, String unit, String value, String previous) {
        BigDecimal current = value == null ? null : new BigDecimal(value);
        BigDecimal before = previous == null ? null : new BigDecimal(previous);
        BigDecimal change = current == null || before == null ? null : current.subtract(before);
        BigDecimal percent = change == null || before.signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(before.abs(), 2, RoundingMode.HALF_UP);
        return new Figure(id, nameZh, unit, current, before, change, percent, current, null, List.of());
    }

    public static Facts facts(int year, Figure... figures) {
        return new Facts(year, new SchoolInfo("jxtc", "九江市中等专业学校", null, null, List.of(), null),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Arrays.stream(figures).collect(Collectors.toMap(Figure::id, f -> f)), Map.of());
    }
}
