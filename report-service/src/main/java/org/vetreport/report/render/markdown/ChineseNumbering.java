package org.vetreport.report.render.markdown;

/** Headings numbered as Chinese reports number them: 一、 for chapters, （一） for sections, 1. below. */
final class ChineseNumbering {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumbering() {
    }

    /** @param number the section's number, e.g. {@code 3.2.1}; its last part is its place among its siblings */
    static String heading(String number, int level) {
        int place = Integer.parseInt(number.substring(number.lastIndexOf('.') + 1));
        return switch (level) {
            case 1 -> numeral(place) + "、";
            case 2 -> "（" + numeral(place) + "）";
            default -> place + ". ";
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 21 → 二十一 (two digits are plenty for an outline). */
    static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (units == 0 ? "" : DIGITS[units]);
    }
}
