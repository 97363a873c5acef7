package org.vetreport.platform.kit.importing;

/** One problem with one field of one row of an import. */
public record RowError(int row, String field, String message) {
}
