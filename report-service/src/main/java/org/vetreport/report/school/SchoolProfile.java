package org.vetreport.report.school;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Pattern;
import org.vetreport.platform.access.Regions;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.report.indicator.ReportingPeriod;

/**
 * What a school is and how it reports: the tenant's own record, kept by the report service.
 *
 * @param provinceCode    GB/T 2260 code of the province, e.g. {@code 360000} (江西省)
 * @param cityCode        GB/T 2260 code of the city, e.g. {@code 360400} (九江市); in the province
 * @param reportingPeriod the dates a report year covers
 * @param referenceDate   the day stock figures are taken, {@code MM-DD}; the period's last day when absent
 * @param honours         titles the school holds, e.g. 国家中等职业教育改革发展示范学校, printed in chapter 1
 */
public record SchoolProfile(String code, String name, String legalName, String foundingAuthority, String address,
                            String provinceCode, String cityCode, ReportingCalendar reportingPeriod,
                            String referenceDate, List<String> honours, String description) {

    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");
    private static final int MAX_NAME = 100;
    private static final int MAX_TEXT = 2000;
    private static final int MAX_HONOURS = 50;

    public SchoolProfile {
        honours = honours == null ? List.of() : honours.stream().map(String::strip).toList();
        reportingPeriod = reportingPeriod == null ? ReportingCalendar.CALENDAR_YEAR : reportingPeriod;
        new FieldErrors()
                .check(name != null && !name.isBlank() && name.length() <= MAX_NAME, "name",
                        "is required, at most " + MAX_NAME + " characters")
                .check(legalName == null || legalName.length() <= MAX_NAME, "legalName", "must be at most " + MAX_NAME + " characters")
                .check(foundingAuthority == null || foundingAuthority.length() <= MAX_NAME, "foundingAuthority",
                        "must be at most " + MAX_NAME + " characters")
                .check(address == null || address.length() <= 200, "address", "must be at most 200 characters")
                .check(Regions.isProvince(provinceCode), "provinceCode",
                        "must be a six-digit GB/T 2260 province code ending in 0000, e.g. 360000")
                .check(Regions.isCity(cityCode), "cityCode",
                        "must be a six-digit GB/T 2260 city code ending in 00 (not 0000), e.g. 360400")
                .check(!Regions.isProvince(provinceCode) || !Regions.isCity(cityCode)
                                || Regions.provinceOf(cityCode).equals(provinceCode), "cityCode",
                        "must lie in the province " + provinceCode + ": its first two digits must be "
                                + (provinceCode == null ? "the province's" : provinceCode.substring(0, 2)))
                .check(referenceDate == null || isEveryYearDay(referenceDate), "referenceDate",
                        "must be a month and day MM-DD that exists every year, e.g. 12-31 or 08-31")
                .check(honours.size() <= MAX_HONOURS && honours.stream().allMatch(h -> !h.isEmpty() && h.length() <= MAX_NAME),
                        "honours", "must be at most " + MAX_HONOURS + " non-blank titles of at most " + MAX_NAME + " characters")
                .check(description == null || description.length() <= MAX_TEXT, "description",
                        "must be at most " + MAX_TEXT + " characters")
                .throwIfAny();
        name = name.strip();
    }

    /** The dates this school's report labelled {@code year} covers. */
    public ReportingPeriod period(int year) {
        return reportingPeriod.period(year, referenceDate == null ? null : MonthDay.parse("--" + referenceDate));
    }

    private static boolean isEveryYearDay(String value) {
        if (!MONTH_DAY.matcher(value).matches()) {
            return false;
        }
        try {
            MonthDay day = MonthDay.parse("--" + value);
            return day.isValidYear(2021);
        } catch (DateTimeException notADay) {
            return false;
        }
    }
}
