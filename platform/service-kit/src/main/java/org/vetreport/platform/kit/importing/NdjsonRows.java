package org.vetreport.platform.kit.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One JSON object per line; a malformed line is a bad row, not a bad file. */
final class NdjsonRows {

    private NdjsonRows() {
    }

    static void read(Path file, JsonMapper json, RowHandler handler) throws IOException {
        try (BufferedReader lines = new BufferedReader(Utf8Text.open(file))) {
            int number = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                number++;
                try {
                    JsonNode value = json.readTree(line);
                    if (value instanceof ObjectNode object) {
                        handler.row(new Row(number, object));
                    } else {
                        handler.unreadable(number, "row", "is not a JSON object");
                    }
                } catch (JacksonException e) {
                    handler.unreadable(number, "row", "is not well-formed JSON: " + e.getOriginalMessage());
                }
            }
        } catch (CharacterCodingException e) {
            throw Utf8Text.notUtf8(e);
        }
    }
}
