package org.vetreport.report.school;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.vetreport.platform.kit.store.Versioned;

@Schema(name = "School", description = "A school's profile, with the version that is also its ETag")
record SchoolResponse(
        @Schema(example = "jxtc") String code,
        @Schema(example = "江西省九江市中等专业学校") String name,
        String legalName,
        @Schema(example = "九江市教育局") String foundingAuthority,
        String address,
        @Schema(example = "360000") String provinceCode,
        @Schema(example = "360400") String cityCode,
        ReportingCalendar reportingPeriod,
        @Schema(description = "MM-DD; absent means the period's last day", example = "12-31") String referenceDate,
        List<String> honours,
        String description,
        @Schema(example = "1") long version,
        Instant updatedAt,
        String updatedBy) {

    static SchoolResponse of(Versioned<SchoolProfile> entity) {
        SchoolProfile school = entity.value();
        return new SchoolResponse(school.code(), school.name(), school.legalName(), school.foundingAuthority(),
                school.address(), school.provinceCode(), school.cityCode(), school.reportingPeriod(),
                school.referenceDate(), school.honours(), school.description(), entity.version(), entity.updatedAt(),
                entity.updatedBy());
    }
}
