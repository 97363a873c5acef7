package org.vetreport.platform.access;

import java.util.regex.Pattern;

/**
 * Administrative division codes (GB/T 2260, six digits): a province ends in {@code 0000}, a city in {@code 00}
 * and shares its first two digits with its province.
 */
public final class Regions {

    private static final Pattern CODE = Pattern.compile("[1-9]\\d{5}");

    private Regions() {
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static boolean isProvince(String code) {
        return isCode(code) && code.endsWith("0000");
    }

    public static boolean isCity(String code) {
        return isCode(code) && code.endsWith("00") && !code.endsWith("0000");
    }

    /** The province a city belongs to: {@code 360400} → {@code 360000}. */
    public static String provinceOf(String code) {
        return code.substring(0, 2) + "0000";
    }

    /** Whether a caller granted {@code granted} sees {@code region}: the region itself, or a city of a granted province. */
    public static boolean covers(String granted, String region) {
        return granted.equals(region) || isProvince(granted) && isCode(region) && provinceOf(region).equals(granted);
    }
}
