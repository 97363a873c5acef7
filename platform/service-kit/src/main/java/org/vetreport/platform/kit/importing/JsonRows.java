package org.vetreport.platform.kit.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vetreport.platform.kit.error.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A JSON array of objects, read one element at a time. */
final class JsonRows {

    private JsonRows() {
    }

    static void read(Path file, JsonMapper json, RowHandler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw InvalidInputException.of("body", "a JSON import must be an array of objects, [ {...}, {...} ]");
            }
            int number = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw InvalidInputException.of("body", "the JSON array is not closed");
                }
                number++;
                JsonNode element = parser.readValueAsTree();
                if (element instanceof ObjectNode object) {
                    handler.row(new Row(number, object));
                } else {
                    handler.unreadable(number, "row", "is not a JSON object");
                }
            }
        } catch (JacksonException e) {
            throw InvalidInputException.of("body", "is not well-formed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }
}
