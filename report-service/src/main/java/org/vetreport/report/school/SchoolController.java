package org.vetreport.report.school;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.vetreport.platform.access.Regions;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;

@RestController
@Tag(name = "schools", description = "学校概况: each school's profile, how its report years run, and the schools of a region")
class SchoolController {

    private final EntityStore<SchoolProfile> schools;
    private final SchoolDirectory directory;

    SchoolController(SchoolDirectory directory) {
        this.schools = directory.store();
        this.directory = directory;
    }

    @GetMapping("/api/v1/schools/{school}")
    @Operation(summary = "Read a school's profile; its version comes as the ETag")
    ResponseEntity<SchoolResponse> get(@PathVariable String school) {
        return EntityResponses.found(schools.get(school, school), SchoolResponse::of);
    }

    @PutMapping("/api/v1/schools/{school}")
    @Operation(summary = "Create or replace a school's profile (idempotent)",
            description = "201 when created, 200 when replaced or unchanged. The reporting period decides the dates "
                    + "of every figure from then on. With If-Match, the write happens only if the version still "
                    + "matches (412 otherwise).")
    ResponseEntity<SchoolResponse> put(@PathVariable String school, @RequestBody SchoolRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        if (body.code() != null && !body.code().equals(school)) {
            throw InvalidInputException.of("code", "'" + body.code() + "' differs from the school in the path '" + school + "'");
        }
        return EntityResponses.written(schools.put(school, school, body.toProfile(school), EntityTags.ifMatch(ifMatch),
                Actors.of(request)), SchoolResponse::of);
    }

    @GetMapping("/api/v1/regions/{region}/schools")
    @Operation(summary = "The schools of a province or a city, whose indicators the region's roll-up sums")
    List<RegionSchool> inRegion(@PathVariable String region) {
        return directory.inRegion(checkedRegion(region)).stream().map(RegionSchool::of).toList();
    }

    static String checkedRegion(String region) {
        if (!Regions.isProvince(region) && !Regions.isCity(region)) {
            throw InvalidInputException.of("region",
                    "must be a GB/T 2260 province code (e.g. 360000) or city code (e.g. 360400)");
        }
        return region;
    }

    record RegionSchool(String code, String name, String provinceCode, String cityCode) {

        static RegionSchool of(SchoolProfile school) {
            return new RegionSchool(school.code(), school.name(), school.provinceCode(), school.cityCode());
        }
    }
}
