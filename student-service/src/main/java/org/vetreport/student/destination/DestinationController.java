package org.vetreport.student.destination;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.ImportReport;
import org.vetreport.platform.kit.importing.Imports;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.store.Versioned;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;
import org.vetreport.student.student.Student;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "destinations", description = "毕业去向: where each graduate went (employed, self-employed, further "
        + "education, enlisted, unemployed), whether the job matches the major and is local, and the first monthly "
        + "salary in exact yuan. One record per graduated student, under the student number.")
class DestinationController {

    private final EntityStore<Destination> destinations;
    private final EntityStore<Student> students;
    private final DestinationImport destinationImport;
    private final Imports imports;

    DestinationController(EntityStore<Destination> destinations, EntityStore<Student> students,
                          DestinationImport destinationImport, Imports imports) {
        this.destinations = destinations;
        this.students = students;
        this.destinationImport = destinationImport;
        this.imports = imports;
    }

    @GetMapping("/destinations")
    @Operation(summary = "List graduate destinations in the order of student numbers")
    Page<DestinationResponse> list(@PathVariable String school,
            @Parameter(description = "only graduates of this year") @RequestParam(required = false) Integer graduationYear,
            @RequestParam(required = false) DestinationKind destination,
            @Parameter(description = "only jobs that match (true) or do not match (false) the major")
            @RequestParam(required = false) Boolean relevantToMajor,
            @Parameter(description = "only jobs in (true) or outside (false) the school's city")
            @RequestParam(required = false) Boolean local,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (graduationYear != null) {
            filters.add(eq(EntityStore.field("graduationYear"), graduationYear));
        }
        if (destination != null) {
            filters.add(eq(EntityStore.field("destination"), destination.name()));
        }
        if (relevantToMajor != null) {
            filters.add(eq(EntityStore.field("relevantToMajor"), relevantToMajor));
        }
        if (local != null) {
            filters.add(eq(EntityStore.field("local"), local));
        }
        return destinations.list(school, filters.isEmpty() ? null : and(filters), page, size).map(DestinationResponse::of);
    }

    @GetMapping("/destinations/{studentNo}")
    @Operation(summary = "Read one graduate's destination; its version comes as the ETag")
    ResponseEntity<DestinationResponse> get(@PathVariable String school, @PathVariable String studentNo) {
        return EntityResponses.found(destinations.get(school, studentNo), DestinationResponse::of);
    }

    @PutMapping("/destinations/{studentNo}")
    @Operation(summary = "Record or replace a graduate's destination (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. The student must be GRADUATED and "
                    + "graduationYear the year of the graduation. relevantToMajor, local and firstMonthlySalary apply "
                    + "only to EMPLOYED and SELF_EMPLOYED; a salary with more than 2 decimals is refused, never "
                    + "rounded. With If-Match, only if the version still matches (412 otherwise).")
    ResponseEntity<DestinationResponse> put(@PathVariable String school, @PathVariable String studentNo,
            @Valid @RequestBody DestinationRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        if (body.studentNo() != null && !body.studentNo().equals(studentNo)) {
            throw InvalidInputException.of("studentNo", "'" + body.studentNo() + "' differs from the number in the path");
        }
        Destination destination = DestinationDrafts.from(body, studentNo,
                number -> students.find(school, number).map(Versioned::value).orElse(null));
        return EntityResponses.written(destinations.put(school, studentNo, destination, EntityTags.ifMatch(ifMatch),
                Actors.of(request)), DestinationResponse::of);
    }

    @DeleteMapping("/destinations/{studentNo}")
    @Operation(summary = "Delete a destination recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String studentNo,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        destinations.delete(school, studentNo, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/destinations/{studentNo}/history")
    @Operation(summary = "Every version of a graduate's destination, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String studentNo) {
        return destinations.history(school, studentNo);
    }

    @PostMapping("/destinations:import")
    @Operation(summary = "Import graduate destinations in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 学号, 毕业年份, 去向 (就业, 自主创业, 升学, 参军, 待业, 其他), 专业对口 (是/否), "
            + "本地就业 (是/否), 起薪, 就业单位.")
    ImportReport importDestinations(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(destinationImport, school, mode, dryRun, request);
    }
}
