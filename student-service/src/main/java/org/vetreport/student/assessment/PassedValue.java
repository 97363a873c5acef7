package org.vetreport.student.assessment;

import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads {@code passed}: true or false as every yes-or-no field, and also the words results sheets write in that
 * column, 合格/不合格 and 通过/未通过. Anything else goes to the usual reading, which refuses it.
 */
final class PassedValue extends ValueDeserializer<Boolean> {

    private static final Map<String, Boolean> WORDS = Map.of("合格", true, "不合格", false, "通过", true, "未通过", false);

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            Boolean word = WORDS.get(parser.getString().strip());
            if (word != null) {
                return word;
            }
        }
        return (Boolean) context.findRootValueDeserializer(context.constructType(Boolean.class)).deserialize(parser, context);
    }
}
