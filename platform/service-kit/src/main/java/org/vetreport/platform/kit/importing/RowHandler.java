package org.vetreport.platform.kit.importing;

/** Receives the rows of an import file one at a time, so no file is ever held in memory whole. */
interface RowHandler {

    void row(Row row);

    /** A row that could not even be read as a record. */
    void unreadable(int number, String field, String message);
}
