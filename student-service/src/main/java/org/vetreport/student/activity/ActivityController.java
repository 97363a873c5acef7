package org.vetreport.student.activity;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
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
import org.vetreport.platform.kit.importing.ImportReport;
import org.vetreport.platform.kit.importing.Imports;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.store.Precondition;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;
import org.vetreport.platform.kit.web.CreatedResources;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "activities", description = "学生活动: student clubs (社团), active over a period, and student events (社团活动, "
        + "志愿服务, 文化活动, 体育活动) held on a day, with how many students took part. Activities have no natural key: "
        + "they are created with POST (honouring Idempotency-Key) and then addressed by the id the service gave them.")
class ActivityController {

    private final EntityStore<Activity> activities;
    private final ActivityImport activityImport;
    private final Imports imports;

    ActivityController(EntityStore<Activity> activities, ActivityImport activityImport, Imports imports) {
        this.activities = activities;
        this.activityImport = activityImport;
        this.imports = imports;
    }

    @GetMapping("/activities")
    @Operation(summary = "List activities in the order of their ids",
            description = "year, from and to select the activities of a period: events held in it and clubs active "
                    + "at some time of it. Given together, the period is their overlap.")
    Page<ActivityResponse> list(@PathVariable String school,
            @RequestParam(required = false) ActivityKind kind,
            @Parameter(description = "only activities of this calendar year") @RequestParam(required = false) Integer year,
            @Parameter(description = "only activities on or after this date") @RequestParam(required = false) LocalDate from,
            @Parameter(description = "only activities on or before this date") @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        Period period = Period.of(year, from, to);
        if (period.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        List<Bson> filters = new ArrayList<>();
        if (kind != null) {
            filters.add(eq(EntityStore.field("kind"), kind.name()));
        }
        if (!period.unbounded()) {
            filters.add(period.filter());
        }
        return activities.list(school, filters.isEmpty() ? null : and(filters), page, size).map(ActivityResponse::of);
    }

    @GetMapping("/activities/{id}")
    @Operation(summary = "Read one activity; its version comes as the ETag")
    ResponseEntity<ActivityResponse> get(@PathVariable String school, @PathVariable String id) {
        return EntityResponses.found(activities.get(school, id), ActivityResponse::of);
    }

    @PostMapping("/activities")
    @Operation(summary = "Record a club or an event",
            description = "201 with the activity's Location. A CLUB needs activeFrom (and activeUntil after it once "
                    + "it closed) and no date; an event needs its date and no activeFrom or activeUntil. With an "
                    + "Idempotency-Key, repeating the request answers 200 with the activity recorded the first time "
                    + "and publishes nothing; the same key with a different activity is 409.")
    ResponseEntity<ActivityResponse> create(@PathVariable String school, @Valid @RequestBody ActivityRequest body,
            @Parameter(in = ParameterIn.HEADER, description = CreatedResources.IDEMPOTENCY_KEY_DESCRIPTION)
            @RequestHeader(name = CreatedResources.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            HttpServletRequest request) {
        Activity activity = body.toActivity();
        return CreatedResources.created(activities.create(school, activity,
                CreatedResources.idempotencyKey(idempotencyKey), Actors.of(request)), ActivityResponse::of);
    }

    @PutMapping("/activities/{id}")
    @Operation(summary = "Replace an activity",
            description = "200 with the activity as now stored; 404 for an id the service did not give (PUT never "
                    + "creates an activity). With If-Match, only if the version still matches (412 otherwise).")
    ResponseEntity<ActivityResponse> replace(@PathVariable String school, @PathVariable String id,
            @Valid @RequestBody ActivityRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Precondition precondition = CreatedResources.replacing(activities, school, id, ifMatch);
        return EntityResponses.written(activities.put(school, id, body.toActivity(), precondition, Actors.of(request)),
                ActivityResponse::of);
    }

    @DeleteMapping("/activities/{id}")
    @Operation(summary = "Delete an activity recorded by mistake; consumers receive a tombstone")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        activities.delete(school, id, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/activities/{id}/history")
    @Operation(summary = "Every version of an activity, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String id) {
        return activities.history(school, id);
    }

    @PostMapping("/activities:import")
    @Operation(summary = "Import activities in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 类型 (社团, 社团活动, 志愿服务, 文化活动, 体育活动), 名称, 日期, 开始日期, 结束日期, 参与人数. "
            + "Each activity is stored under an id derived from its kind, title and date (for a club its start), "
            + "so the same activity in a later file is the same record.")
    ImportReport importActivities(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(activityImport, school, mode, dryRun, request);
    }
}
