package org.vetreport.report.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.web.Paging;

@RestController
@Tag(name = "audit", description = "Who changed what, when, across every resource of a school (admins only)")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/schools/{school}/audit")
    @Operation(summary = "The writes to one school's records, oldest first")
    Page<AuditLog.Entry> writes(@PathVariable String school,
            @Parameter(description = "from this instant (inclusive), RFC 3339", example = "2020-09-01T00:00:00Z")
            @RequestParam(required = false) Instant from,
            @Parameter(description = "until this instant (exclusive), RFC 3339") @RequestParam(required = false) Instant to,
            @Parameter(description = "only writes by this token subject") @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        if (from != null && to != null && !to.isAfter(from)) {
            throw InvalidInputException.of("to", "must be after from (" + from + ")");
        }
        return audit.find(school, from, to, actor, page, size);
    }
}
