package org.vetreport.platform.kit.importing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.vetreport.platform.kit.web.Actors;

/** The HTTP side of bulk imports, shared by every {@code POST .../<resource>:import} endpoint. */
public final class Imports {

    /** What every import endpoint's documentation says about its body and options. */
    public static final String DESCRIPTION = "Body: a JSON array of objects (application/json), one object per line "
            + "(application/x-ndjson), CSV in UTF-8 with a header row (text/csv), or an Excel workbook whose first "
            + "sheet has a header row (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet). Columns "
            + "are the resource's field names or their Chinese names. mode=all-or-nothing (default) rejects the file "
            + "with 400 if any row is bad, listing every bad row as {row, field, message}; mode=valid-only imports the "
            + "good rows and lists the bad ones; dryRun=true checks without writing. Rows equal to what is stored "
            + "change nothing, so a file can be imported again safely.";

    private final Importer importer;

    public Imports(Importer importer) {
        this.importer = importer;
    }

    public ImportReport run(Importable<?, ?> importable, String school, String mode, boolean dryRun,
                            HttpServletRequest request) {
        try {
            return importer.run(importable, school, request.getInputStream(), request.getContentType(),
                    ImportMode.of(mode), dryRun, Actors.of(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
