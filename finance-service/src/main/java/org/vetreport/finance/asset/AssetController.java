package org.vetreport.finance.asset;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.importing.ImportReport;
import org.vetreport.platform.kit.importing.Imports;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Page;
import org.vetreport.platform.kit.store.Revision;
import org.vetreport.platform.kit.web.Actors;
import org.vetreport.platform.kit.web.EntityResponses;
import org.vetreport.platform.kit.web.EntityTags;
import org.vetreport.platform.kit.web.Paging;

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "assets", description = "固定资产: the school's fixed assets (land in 亩, buildings by use with their floor "
        + "area, equipment by purpose, books by kind, furniture, vehicles) with their book value in exact yuan. A "
        + "disposed asset keeps its record with disposedOn and stops counting from that day.")
class AssetController {

    private final EntityStore<Asset> assets;
    private final AssetImport assetImport;
    private final Imports imports;

    AssetController(EntityStore<Asset> assets, AssetImport assetImport, Imports imports) {
        this.assets = assets;
        this.assetImport = assetImport;
        this.imports = imports;
    }

    @GetMapping("/assets")
    @Operation(summary = "List assets in the order of their numbers")
    Page<AssetResponse> list(@PathVariable String school,
            @RequestParam(required = false) AssetCategory category,
            @Parameter(description = "only buildings of this use") @RequestParam(required = false) BuildingUse use,
            @Parameter(description = "only equipment of this purpose") @RequestParam(required = false) EquipmentPurpose purpose,
            @Parameter(description = "only books of this kind") @RequestParam(required = false) BookKind kind,
            @Parameter(description = "only assets held on this day: acquired by then and not disposed of on or before it")
            @RequestParam(required = false) LocalDate heldOn,
            @Parameter(description = "acquired on or after this date") @RequestParam(required = false) LocalDate acquiredFrom,
            @Parameter(description = "acquired on or before this date") @RequestParam(required = false) LocalDate acquiredTo,
            @Parameter(description = "only disposed assets (true) or only those never disposed of (false)")
            @RequestParam(required = false) Boolean disposed,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (category != null) {
            filters.add(eq(EntityStore.field("category"), category.name()));
        }
        if (use != null) {
            filters.add(eq(EntityStore.field("use"), use.name()));
        }
        if (purpose != null) {
            filters.add(eq(EntityStore.field("purpose"), purpose.name()));
        }
        if (kind != null) {
            filters.add(eq(EntityStore.field("kind"), kind.name()));
        }
        if (heldOn != null) {
            filters.add(lte(EntityStore.field("acquiredOn"), heldOn.toString()));
            filters.add(or(eq(EntityStore.field("disposedOn"), null), gt(EntityStore.field("disposedOn"), heldOn.toString())));
        }
        if (acquiredFrom != null) {
            filters.add(gte(EntityStore.field("acquiredOn"), acquiredFrom.toString()));
        }
        if (acquiredTo != null) {
            filters.add(lte(EntityStore.field("acquiredOn"), acquiredTo.toString()));
        }
        if (disposed != null) {
            filters.add(disposed ? ne(EntityStore.field("disposedOn"), null) : eq(EntityStore.field("disposedOn"), null));
        }
        return assets.list(school, filters.isEmpty() ? null : and(filters), page, size).map(AssetResponse::of);
    }

    @GetMapping("/assets/{assetNo}")
    @Operation(summary = "Read one asset; its version comes as the ETag")
    ResponseEntity<AssetResponse> get(@PathVariable String school, @PathVariable String assetNo) {
        return EntityResponses.found(assets.get(school, assetNo), AssetResponse::of);
    }

    @PutMapping("/assets/{assetNo}")
    @Operation(summary = "Record or replace an asset (idempotent)",
            description = "201 when recorded, 200 when replaced or unchanged. A category's own figures are required "
                    + "for it and refused (400 naming the field) for any other. To dispose of an asset, write it again "
                    + "with disposedOn, after acquiredOn: it stays on record. Value has at most 2 decimals (never "
                    + "rounded). With If-Match, only if the version still matches (412 otherwise).")
    ResponseEntity<AssetResponse> put(@PathVariable String school, @PathVariable String assetNo,
            @Valid @RequestBody AssetRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        if (body.assetNo() != null && !body.assetNo().equals(assetNo)) {
            throw InvalidInputException.of("assetNo", "'" + body.assetNo() + "' differs from the number in the path");
        }
        Asset asset = AssetDrafts.from(body, assetNo);
        return EntityResponses.written(assets.put(school, assetNo, asset, EntityTags.ifMatch(ifMatch),
                Actors.of(request)), AssetResponse::of);
    }

    @DeleteMapping("/assets/{assetNo}")
    @Operation(summary = "Delete an asset recorded by mistake; consumers receive a tombstone",
            description = "An asset the school no longer has is not deleted: record disposedOn instead.")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String assetNo,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        assets.delete(school, assetNo, EntityTags.ifMatch(ifMatch), Actors.of(request));
        return EntityResponses.deleted();
    }

    @GetMapping("/assets/{assetNo}/history")
    @Operation(summary = "Every version of an asset, oldest first, with who wrote it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String assetNo) {
        return assets.history(school, assetNo);
    }

    @PostMapping("/assets:import")
    @Operation(summary = "Import assets in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 资产编号, 资产名称, 资产类别 (土地, 房屋, 设备, 图书, 家具, 车辆, 其他), 面积(亩), 建筑面积, "
            + "用途 (of a building), 数量, 使用方向 (of equipment), 册数, 文献类型, 价值 or 原值, 取得日期, 处置日期. A CSV or "
            + "Excel value may be written 1,234.50, ¥1,234.50 or 1234.50元; other forms are refused, never guessed.")
    ImportReport importAssets(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(assetImport, school, mode, dryRun, request);
    }
}
