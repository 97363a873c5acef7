package org.vetreport.finance.income;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.vetreport.platform.kit.error.ConflictException;
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

@RestController
@RequestMapping("/api/v1/schools/{school}")
@Tag(name = "income", description = "收入: the income ledger (办学经费收入), one posted voucher per record, by category "
        + "(财政补助收入, 事业收入, 其他收入) and nature (基本, 项目). Amounts are exact yuan. A posted voucher is never changed "
        + "or deleted: it is corrected by a reversing voucher (冲销凭证) whose reverses names it; the reversal carries "
        + "a positive amount and counts as minus it (signedAmount), and both stay on record.")
class IncomeController {

    private final EntityStore<IncomeEntry> income;
    private final Reversals reversals;
    private final IncomeImport incomeImport;
    private final Imports imports;

    IncomeController(EntityStore<IncomeEntry> income, Reversals reversals, IncomeImport incomeImport, Imports imports) {
        this.income = income;
        this.reversals = reversals;
        this.incomeImport = incomeImport;
        this.imports = imports;
    }

    @GetMapping("/income")
    @Operation(summary = "List income vouchers in the order of their numbers",
            description = "Reversals are listed like any voucher; add up signedAmount for a total.")
    Page<IncomeResponse> list(@PathVariable String school,
            @RequestParam(required = false) IncomeCategory category,
            @RequestParam(required = false) IncomeNature nature,
            @Parameter(description = "only vouchers posted in this calendar year") @RequestParam(required = false) Integer year,
            @Parameter(description = "posted on or after this date") @RequestParam(required = false) LocalDate postedFrom,
            @Parameter(description = "posted on or before this date") @RequestParam(required = false) LocalDate postedTo,
            @Parameter(description = "only reversing vouchers (true) or only ordinary ones (false)")
            @RequestParam(required = false) Boolean reversal,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        List<Bson> filters = new ArrayList<>();
        if (category != null) {
            filters.add(eq(EntityStore.field("category"), category.name()));
        }
        if (nature != null) {
            filters.add(eq(EntityStore.field("nature"), nature.name()));
        }
        if (year != null) {
            filters.add(gte(EntityStore.field("postedOn"), year + "-01-01"));
            filters.add(lte(EntityStore.field("postedOn"), year + "-12-31"));
        }
        if (postedFrom != null) {
            filters.add(gte(EntityStore.field("postedOn"), postedFrom.toString()));
        }
        if (postedTo != null) {
            filters.add(lte(EntityStore.field("postedOn"), postedTo.toString()));
        }
        if (reversal != null) {
            filters.add(reversal ? ne(EntityStore.field("reverses"), null) : eq(EntityStore.field("reverses"), null));
        }
        Page<Versioned<IncomeEntry>> found = income.list(school, filters.isEmpty() ? null : and(filters), page, size);
        Map<String, String> reversedBy = reversals.ofAll(school, found.items().stream().map(Versioned::key).toList());
        return found.map(entry -> IncomeResponse.of(entry, reversedBy.get(entry.key())));
    }

    @GetMapping("/income/{voucherNo}")
    @Operation(summary = "Read one voucher, with the voucher that reverses it if any; its version comes as the ETag")
    ResponseEntity<IncomeResponse> get(@PathVariable String school, @PathVariable String voucherNo) {
        return EntityResponses.found(income.get(school, voucherNo),
                entry -> IncomeResponse.of(entry, reversals.of(school, voucherNo)));
    }

    @PutMapping("/income/{voucherNo}")
    @Operation(summary = "Post a voucher (idempotent; a posted voucher is never changed)",
            description = "201 when posted; the same voucher again is 200 and changes nothing. A voucher already "
                    + "posted with other content is 409: post a reversing voucher (reverses = its number) under a new "
                    + "number, then the correct voucher. A reversal names a posted voucher of this school that is not "
                    + "itself a reversal and not yet reversed; it takes that voucher's category, nature and whole "
                    + "amount (given, they must be equal) and is dated on or after it. Amounts have at most 2 "
                    + "decimals; a third is refused, never rounded.")
    ResponseEntity<IncomeResponse> put(@PathVariable String school, @PathVariable String voucherNo,
            @Valid @RequestBody IncomeRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        if (body.voucherNo() != null && !body.voucherNo().equals(voucherNo)) {
            throw InvalidInputException.of("voucherNo", "'" + body.voucherNo() + "' differs from the number in the path");
        }
        IncomeEntry entry = IncomeDrafts.from(body, voucherNo,
                number -> income.find(school, number).map(Versioned::value).orElse(null),
                number -> reversals.of(school, number));
        return EntityResponses.written(income.put(school, voucherNo, entry, EntityTags.ifMatch(ifMatch),
                Actors.of(request)), written -> IncomeResponse.of(written, reversals.of(school, voucherNo)));
    }

    @DeleteMapping("/income/{voucherNo}")
    @Operation(summary = "Refused: a posted voucher is never deleted",
            description = "Always 409 for a posted voucher (404 if there is none): correct it with a reversing voucher, "
                    + "PUT .../income/{newVoucherNo} with reverses = this voucher's number.")
    ResponseEntity<Void> delete(@PathVariable String school, @PathVariable String voucherNo) {
        income.get(school, voucherNo);
        throw new ConflictException(IncomeLedger.deletionRefused(voucherNo));
    }

    @GetMapping("/income/{voucherNo}/history")
    @Operation(summary = "The voucher as published, with who posted it and when")
    List<Revision> history(@PathVariable String school, @PathVariable String voucherNo) {
        return income.history(school, voucherNo);
    }

    @PostMapping("/income:import")
    @Operation(summary = "Import income vouchers in bulk (JSON, NDJSON, CSV, XLSX)", description = Imports.DESCRIPTION
            + " Chinese columns: 凭证号, 日期 or 记账日期, 收入类别 (财政补助, 事业收入, 其他收入), 性质 or 经费性质 (基本, "
            + "项目), 金额, 摘要, 冲销凭证. A CSV or Excel amount may be written 1,234.50, ¥1,234.50 or 1234.50元; other "
            + "forms are refused, never guessed. A reversal may reverse a voucher posted before or in an earlier row "
            + "of the same file. A row for a posted voucher must equal it (it then changes nothing): vouchers are "
            + "corrected by reversal only.")
    ImportReport importIncome(@PathVariable String school,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        return imports.run(incomeImport, school, mode, dryRun, request);
    }
}
