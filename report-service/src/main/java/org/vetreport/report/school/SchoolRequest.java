package org.vetreport.report.school;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(name = "SchoolInput", description = "A school's profile as its report editors or the platform's administrators write it")
record SchoolRequest(
        @Schema(description = "The school's code; optional, and if given it must equal the code in the path", example = "jxtc")
        String code,
        @Schema(description = "学校名称 as printed on the report", example = "江西省九江市中等专业学校",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100)
        String name,
        @Schema(description = "法定名称, if it differs from the name used in the report", maxLength = 100)
        String legalName,
        @Schema(description = "举办者 / 主管部门", example = "九江市教育局", maxLength = 100)
        String foundingAuthority,
        @Schema(description = "地址", example = "江西省九江市濂溪区", maxLength = 200)
        String address,
        @Schema(description = "省级行政区划代码 (GB/T 2260), six digits ending in 0000", example = "360000",
                requiredMode = Schema.RequiredMode.REQUIRED, pattern = "[1-9]\\d{3}0000")
        String provinceCode,
        @Schema(description = "地级行政区划代码 (GB/T 2260), six digits ending in 00, in the province", example = "360400",
                requiredMode = Schema.RequiredMode.REQUIRED, pattern = "[1-9]\\d{3}00")
        String cityCode,
        @Schema(description = "How report years run; CALENDAR_YEAR when absent. SCHOOL_YEAR runs 1 September to 31 "
                + "August and is labelled with the year it ends in.")
        ReportingCalendar reportingPeriod,
        @Schema(description = "The day stock figures are taken, MM-DD; the period's last day when absent", example = "12-31",
                pattern = "\\d{2}-\\d{2}")
        String referenceDate,
        @Schema(description = "荣誉称号 the school holds", example = "[\"国家中等职业教育改革发展示范学校\"]")
        List<String> honours,
        @Schema(description = "A short description for the report's first chapter", maxLength = 2000)
        String description) {

    SchoolProfile toProfile(String school) {
        return new SchoolProfile(school, name, legalName, foundingAuthority, address, provinceCode, cityCode,
                reportingPeriod, referenceDate, honours, description);
    }
}
