package org.vetreport.training.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A list field given as a JSON array, or as the one text a spreadsheet cell holds it in: {@code 0306、0701} separated
 * by {@code ,}, {@code ;} or {@code 、} (half or full width). The parts are read as the list's elements are, so enum
 * lists take the Chinese names too; anything else is refused as the array deserializer refuses it, naming the entry.
 */
public final class SeparatedCells extends ValueDeserializer<List<?>> {

    private static final Pattern SEPARATORS = Pattern.compile("[,;、，；]");

    /** The declared {@code List<...>} of the field; set for each field by {@link #createContextual}. */
    private final JavaType listType;

    public SeparatedCells() {
        this(null);
    }

    private SeparatedCells(JavaType listType) {
        this.listType = listType;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return new SeparatedCells(property.getType());
    }

    @Override
    public List<?> deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            ArrayNode parts = JsonNodeFactory.instance.arrayNode();
            Arrays.stream(SEPARATORS.split(parser.getString())).map(String::strip).filter(part -> !part.isEmpty())
                    .forEach(parts::add);
            return context.readTreeAsValue(parts, listType);
        }
        return context.readValue(parser, listType);
    }
}
