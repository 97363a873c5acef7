package org.vetreport.training.room;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
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
import org.vetreport.platform.kit.store.ListFilter;
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;
import org.vetreport.training.shared.Periods;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "training-rooms", description = "实训室: training rooms with their floor area, workstations (工位), the "
        + "training base (实训基地) and majors they serve, open from openedOn until the day before closedOn. The "
        + "report's 实训室面积 and 实验实训工位数 count the rooms open on its reference date.")
class TrainingRoomController {

    private final EntityStore<TrainingRoom> rooms;
    private final TrainingRoomImport roomImport;
    private final Imports imports;

    TrainingRoomController(EntityStore<TrainingRoom> rooms, TrainingRoomImport roomImport, Imports imports) {
        this.rooms = rooms;
        this.roomImport = roomImport;
        this.imports = imports;
    }

    @GetMapping("/training-rooms")
    @Operation(summary = "List training rooms in the order of their codes")
    Page<TrainingRoomResponse> list(@PathVariable String school,
            @Parameter(description = "only rooms of this training base (exact name)") @RequestParam(required = false) String base,
            @Parameter(description = "only rooms serving this major") @RequestParam(required = false) String majorCode,
            @Parameter(description = "only rooms open on this day: opened on or before it and not closed by it")
            @RequestParam(required = false) LocalDate openOn,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        // equality with an array field matches any of its elements
        ListFilter filter = new ListFilter().equal("base", base).equal("majorCodes", majorCode);
        return rooms.list(school, Periods.both(filter.toBson(), Periods.currentOn(openOn, "openedOn", "closedOn", false)),
                page, size).map(TrainingRoomResponse::of);
    }

    @GetMapping("/training-rooms/{code}")
    @Operation(summary = "Read one training room; its version comes as the ETag")
    ResponseEntity<TrainingRoomResponse> get(@PathVariable String school, @PathVariable String code) {
        return EntityResponses.found(rooms.get(school, code), TrainingRoomResponse::of);
    }

    @PutMapping("/training-rooms/{code}")
    @Operation(summary = "Record a training room or replace its details (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. The area must be more than 0 m² with at "
                    + "most two decimals, workstations not negative, closedOn after openedOn. With If-Match, only if "
                    + "the version still matches (412 otherwise).")
    ResponseEntity<TrainingRoomResponse> put(@PathVariable String school, @PathVariable String code,
            @RequestBody TrainingRoomRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        if (body.code() != null && !body.code().equals(code)) {
            throw InvalidInputException.of("code", "'" + body.code() + "' differs from the code in the path");
        }
        return EntityResponses.written(rooms.put(school, code, body.toRoom(code), EntityTags.ifMatch(ifMatch),
                Actors.of(request)), TrainingRoomResponse::of);
    }

    @DeleteMapping("/training-rooms/{code}")
    @Operation(summary = "Delete a training room recorded by mistake; consumers receive a tombstone",
            description = "A room taken out of use is not deleted: set closedOn, so earlier years still count it.")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        rooms.delete(school, code, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/training-rooms/{code}/history")
    @Operation(summary = "Every version of a training room, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String code) {
        return rooms.history(school, code);
    }

    @PostMapping("/training-rooms:import")
    @Operation(summary = "Import training rooms in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: " + TrainingRoomImport.COLUMNS + ".")
    ImportReport importRooms(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(roomImport, school, mode, dryRun, request);
    }
}
