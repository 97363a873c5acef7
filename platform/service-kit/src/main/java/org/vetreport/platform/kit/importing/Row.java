package org.vetreport.platform.kit.importing;

import tools.jackson.databind.node.ObjectNode;

/**
 * One record of an import file, with the number a person looking at the file would call it: the spreadsheet row
 * (the header being row 1) for CSV and XLSX, the position counting from 1 for JSON and NDJSON.
 */
public record Row(int number, ObjectNode fields) {
}
