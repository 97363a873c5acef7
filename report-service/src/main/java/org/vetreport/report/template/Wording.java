package org.vetreport.report.template;

import java.math.BigDecimal;

/**
 * How figures read in Chinese report prose: a value with its unit ({@code 6324人}, {@code 99.8%}, {@code 1.76:1},
 * areas in 平方米), and a change from the previous year worded by its direction ({@code 比上年增长537人},
 * {@code 比上年减少12人}, {@code 与上年持平}).
 */
public final class Wording {

    /** What a report prints where a figure has no value: said plainly, never a zero. */
    public static final String MISSING = "暂无数据";

    private Wording() {
    }

    /** The number as printed: no trailing zeros, never in exponent form. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return MISSING;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /** The number followed by its unit as prose prints it. */
    public static String withUnit(BigDecimal value, String unit) {
        if (value == null) {
            return MISSING;
        }
        return switch (unit) {
            case "x:1" -> number(value) + ":1";
            case "%" -> number(value) + "%";
            default -> number(value) + unitText(unit);
        };
    }

    /** The unit as Chinese prose writes it. */
    public static String unitText(String unit) {
        return switch (unit) {
            case "m²" -> "平方米";
            case "x:1", "%" -> "";
            default -> unit;
        };
    }

    /**
     * The change from the previous year: an amount in the figure's unit, or percentage points for a rate; empty
     * when the figure itself is missing, and an honest remark when only last year's is.
     *
     * @param since how the previous year is named, e.g. {@code 比上年} or {@code 比2019年}
     */
    public static String change(Figure figure, String since) {
        if (figure.value() == null) {
            return "";
        }
        if (figure.previous() == null || figure.change() == null) {
            return "上年无可比数据";
        }
        int sign = figure.change().signum();
        if (sign == 0) {
            return "与上年持平";
        }
        String amount = number(figure.change().abs());
        if (figure.unit().equals("%")) {
            return since + (sign > 0 ? "提高" : "下降") + amount + "个百分点";
        }
        if (figure.unit().equals("x:1")) {
            return since + (sign > 0 ? "上升" : "下降") + amount;
        }
        return since + (sign > 0 ? "增长" : "减少") + amount + unitText(figure.unit());
    }

    /** The change as a share of the previous year's value: {@code 比2019年增长4.27%}. */
    public static String changePercent(Figure figure, String since) {
        if (figure.value() == null) {
            return "";
        }
        if (figure.changePercent() == null) {
            return figure.change() != null && figure.change().signum() == 0 ? "与上年持平" : "上年无可比数据";
        }
        int sign = figure.changePercent().signum();
        if (sign == 0) {
            return "与上年持平";
        }
        return since + (sign > 0 ? "增长" : "下降") + number(figure.changePercent().abs()) + "%";
    }
}
