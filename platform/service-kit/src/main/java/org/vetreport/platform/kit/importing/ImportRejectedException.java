package org.vetreport.platform.kit.importing;

import org.vetreport.platform.kit.error.ApiException;

/** An all-or-nothing import with bad rows: nothing was written; the report lists every bad row. */
public class ImportRejectedException extends ApiException {

    private final ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(400, "Bad Request", report.rejected() + " of " + report.rows() + " rows of the " + report.resource()
                + " import are invalid; nothing was imported (all-or-nothing). Fix them, or import the valid rows "
                + "with mode=valid-only");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
