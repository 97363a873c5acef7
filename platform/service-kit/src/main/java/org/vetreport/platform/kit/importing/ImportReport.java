package org.vetreport.platform.kit.importing;

import java.util.List;

/**
 * What an import found and did.
 *
 * @param rows            rows read
 * @param rejected        rows with at least one error
 * @param errors          the errors, at most {@link Importer#MAX_REPORTED_ERRORS}
 * @param errorsTruncated whether more errors were found than are listed
 */
public record ImportReport(String resource, String format, String mode, boolean dryRun, boolean written, int rows,
                           int created, int updated, int unchanged, int rejected, List<RowError> errors,
                           boolean errorsTruncated) {
}
