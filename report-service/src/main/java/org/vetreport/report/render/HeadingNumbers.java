package org.vetreport.report.render;

import org.vetreport.report.document.Section;

/**
 * Prints a section's number the way Chinese official documents do: 一、 for a chapter, （一） for a section,
 * 1. for a subsection and （1） below that. The ordinal is the last part of the section's number ({@code 2.3} is
 * the third section of its chapter); a number that is not a dotted list of integers is printed as it is.
 */
public final class HeadingNumbers {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private HeadingNumbers() {
    }

    /** The prefix printed before the title, including its separator; empty when the section has no number. */
    public static String prefix(Section section) {
        String number = section.number() == null ? "" : section.number().strip();
        if (number.isEmpty()) {
            return "";
        }
        String last = number.substring(number.lastIndexOf('.') + 1);
        if (!last.matches("[1-9][0-9]{0,2}")) {
            return number + " ";
        }
        int ordinal = Integer.parseInt(last);
        return switch (section.level()) {
            case 1 -> chinese(ordinal) + "、";
            case 2 -> "（" + chinese(ordinal) + "）";
            case 3 -> ordinal + ".";
            default -> "（" + ordinal + "）";
        };
    }

    /** The heading as printed: its number in Chinese style, then its title. */
    public static String heading(Section section) {
        return prefix(section) + section.title();
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
    static String chinese(int n) {
        if (n >= 100) {
            int rest = n % 100;
            String tail = rest == 0 ? "" : (rest < 10 ? "零" + DIGITS[rest] : (rest < 20 ? "一" : "") + chinese(rest));
            return DIGITS[n / 100] + "百" + tail;
        }
        if (n >= 10) {
            return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        return DIGITS[n];
    }
}
