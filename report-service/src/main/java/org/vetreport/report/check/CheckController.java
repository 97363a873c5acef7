package org.vetreport.report.check;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vetreport.platform.events.ReportingYear.Status;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.report.year.YearService;

@RestController
@RequestMapping("/api/v1/schools/{school}/checks")
@Tag(name = "checks", description = "数据校验: edit checks of a school's data for one report year before it is "
        + "published. Impossible figures and dangling references are ERRORs, which always block validating the year; "
        + "suspicious ones are WARNINGs, which block until the data are fixed or an editor explains them.")
class CheckController {

    private final CheckService checks;
    private final YearService years;

    CheckController(CheckService checks, YearService years) {
        this.checks = checks;
        this.years = years;
    }

    @GetMapping
    @Operation(summary = "The findings of the checks on the school's current data for one year",
            description = "Each finding has an id that stays the same while its data do, its rule and severity, "
                    + "messages in Chinese and English, the records involved (topic and key, at most "
                    + Finding.MAX_RECORDS + ", with their total), the indicator it concerns if any, and its "
                    + "explanation once given. blocking lists the findings that keep the year from being validated.")
    ChecksResponse findings(@PathVariable String school,
            @Parameter(description = "the year the report is labelled with", example = "2020") @RequestParam int year) {
        CheckReport report = checks.run(school, year);
        Status status = years.get(school, year).value().status();
        return new ChecksResponse(school, year,
                new Period(report.period().from(), report.period().to(), report.period().referenceDate()), status,
                report.findings(), report.counts(), report.blocking());
    }

    @PostMapping("/{finding}:explain")
    @Operation(summary = "Explain why a finding's data are right",
            description = "The explanation (at most " + Explanation.MAX_LENGTH + " characters) is kept with who gave "
                    + "it and when. An explained WARNING no longer blocks the year; an ERROR always does. Explaining "
                    + "again replaces the explanation. 404 when the current data have no finding of this id.")
    Finding explain(@PathVariable String school,
            @Parameter(description = "the finding's id, as GET .../checks lists it") @PathVariable String finding,
            @RequestBody ExplainRequest body, HttpServletRequest request) {
        return checks.explain(school, finding, body.text(), Actors.of(request));
    }

    @Schema(name = "ExplainInput", description = "Why a finding's data are right")
    record ExplainRequest(
            @Schema(description = "the explanation, not blank, at most " + Explanation.MAX_LENGTH + " characters",
                    example = "2020 年新校区启用，在校生人数大幅增加") String text) {
    }

    @Schema(name = "CheckPeriod", description = "The data period of the report year: flows count from..to, stocks at "
            + "the reference date")
    record Period(LocalDate from, LocalDate to, LocalDate referenceDate) {
    }

    /**
     * @param counts   how many findings there are of each severity
     * @param blocking ids of the findings that keep the year from being validated
     */
    @Schema(name = "Checks", description = "The findings of the checks on one school's data for one report year, "
            + "with the year's status")
    record ChecksResponse(String school, int year, Period period, Status status, List<Finding> findings,
                          Map<Severity, Long> counts, List<String> blocking) {
    }
}
