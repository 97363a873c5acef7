package org.vetreport.faculty.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Staff numbers as a JSON array, or as the one text a spreadsheet cell holds them in: {@code T001、T002}
 * separated by {@code ,}, {@code ;} or {@code 、} (half or full width). Anything else is refused as the array
 * deserializer refuses it.
 */
public final class StaffNumbersDeserializer extends ValueDeserializer<List<String>> {

    private static final Pattern SEPARATORS = Pattern.compile("[,;、，；]");

    @Override
    public List<String> deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            return Arrays.stream(SEPARATORS.split(parser.getString())).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return context.readValue(parser, context.getTypeFactory().constructCollectionType(List.class, String.class));
    }
}
