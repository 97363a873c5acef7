package org.vetreport.report.year;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.ReportingYear.Status;
import org.vetreport.platform.kit.security.Callers;
import org.vetreport.platform.kit.store.Versioned;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.RequestIdFilter;

@RestController
@RequestMapping("/api/v1/schools/{school}/years")
@Tag(name = "years", description = "年报状态: the status of a school's report year: DRAFT while the data may change, "
        + "VALIDATED once the checks pass (errors fixed, warnings fixed or explained), LOCKED once published, when "
        + "the domain services refuse writes that would change the year's figures. Every change is announced on "
        + "report.years.v1 with the period's dates.")
class YearController {

    private static final String YEAR = "the year the report is labelled with, e.g. 2020";
    private static final String BLOCKED = "the year is not in the status the step starts from, or findings block "
            + "it: then blocking lists their ids";

    private final YearService years;
    private final Callers callers;

    YearController(YearService years, Callers callers) {
        this.years = years;
        this.callers = callers;
    }

    @GetMapping("/{year}")
    @Operation(summary = "Where the year stands: its status, its data period, and who validated and locked it when")
    YearResponse get(@PathVariable String school, @Parameter(description = YEAR) @PathVariable int year) {
        return YearResponse.of(years.get(school, year));
    }

    @PostMapping("/{year}:validate")
    @Operation(summary = "DRAFT → VALIDATED, when the checks find nothing that blocks",
            description = "Runs the checks on the current data. Every ERROR blocks, and every WARNING nobody has "
                    + "explained; the 409 answer lists their ids under blocking.")
    @ApiResponse(responseCode = "409", description = BLOCKED, content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Problem")))
    YearResponse validate(@PathVariable String school, @Parameter(description = YEAR) @PathVariable int year,
            HttpServletRequest request) {
        return YearResponse.of(years.validate(school, year, Actors.of(request)));
    }

    @PostMapping("/{year}:lock")
    @Operation(summary = "VALIDATED → LOCKED: publishes the year, after running the checks once more",
            description = "The data may have changed since the year was validated, so the checks run again and "
                    + "must still find nothing that blocks. The domain services then refuse writes that would change "
                    + "the year's figures.")
    @ApiResponse(responseCode = "409", description = BLOCKED, content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Problem")))
    YearResponse lock(@PathVariable String school, @Parameter(description = YEAR) @PathVariable int year,
            HttpServletRequest request) {
        return YearResponse.of(years.lock(school, year, Actors.of(request)));
    }

    @PostMapping("/{year}:reopen")
    @Operation(summary = "VALIDATED or LOCKED → DRAFT, so the data may change again (administrators only)",
            description = "The year must be validated again before it can be locked again.")
    @ApiResponse(responseCode = "403", description = "the caller is not an administrator", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Problem")))
    YearResponse reopen(@PathVariable String school, @Parameter(description = YEAR) @PathVariable int year,
            HttpServletRequest request) {
        requireAdmin();
        return YearResponse.of(years.reopen(school, year, Actors.of(request)));
    }

    /** The access policy lets report editors write years; reopening a published year is for administrators alone. */
    private void requireAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = authentication instanceof JwtAuthenticationToken token
                ? callers.from(token.getToken()).roles() : Set.of();
        if (!roles.contains(Role.ADMIN)) {
            throw new AdminOnlyException("only an administrator may reopen a year; your roles are " + roles);
        }
    }

    /** The kit renders other failures; this one also lists the findings that block, for the client to act on. */
    @ExceptionHandler(YearBlockedException.class)
    ResponseEntity<ProblemDetail> blocked(YearBlockedException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.detail());
        problem.setTitle(e.title());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("blocking", e.blocking());
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Schema(name = "YearPeriod", description = "The data period the status was set on, as report.years.v1 carries it")
    record Period(LocalDate from, LocalDate to) {
    }

    /**
     * @param version the stored version of the status; 0 for a year nobody has validated yet
     */
    @Schema(name = "ReportYear", description = "Where a school's report year stands, and who took each step when")
    record YearResponse(String school, int year, Status status, Period period, Instant validatedAt,
                        String validatedBy, Instant lockedAt, String lockedBy, Instant reopenedAt, String reopenedBy,
                        long version) {

        static YearResponse of(Versioned<ReportYear> stored) {
            ReportYear y = stored.value();
            return new YearResponse(y.school(), y.year(), y.status(), new Period(y.from(), y.to()), y.validatedAt(),
                    y.validatedBy(), y.lockedAt(), y.lockedBy(), y.reopenedAt(), y.reopenedBy(), stored.version());
        }
    }
}
