package org.vetreport.platform.kit.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Comma-separated values in UTF-8 whose first row names the columns; an empty cell is an absent value. */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();

    private CsvRows() {
    }

    static void read(Path file, Columns columns, RowHandler handler) throws IOException {
        try (Reader reader = Utf8Text.open(file); CSVParser parser = FORMAT.parse(reader)) {
            List<String> fields = columns.fieldsOf(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber() + 1;
                ObjectNode row = JsonNodeFactory.instance.objectNode();
                String problem = null;
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (i >= fields.size() || fields.get(i) == null) {
                        problem = "has a value in column " + (i + 1) + ", which has no header";
                        break;
                    }
                    row.put(fields.get(i), value);
                }
                if (problem == null) {
                    handler.row(new Row(number, row));
                } else {
                    handler.unreadable(number, "row", problem);
                }
            }
        } catch (CharacterCodingException e) {
            throw Utf8Text.notUtf8(e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw Utf8Text.notUtf8(coding);
            }
            throw e;
        }
    }
}
