package org.vetreport.platform.kit.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How the text of spreadsheet cells becomes typed values: numbers and booleans from text, 是/否 as booleans, and
 * the date forms Chinese offices write (2020-09-01, 2020/9/1, 2020.9.1, 2020年9月1日). Anything else is refused
 * with what was expected, never guessed.
 */
final class SpreadsheetValues {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");
    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("true", true), Map.entry("false", false), Map.entry("是", true), Map.entry("否", false),
            Map.entry("y", true), Map.entry("n", false), Map.entry("yes", true), Map.entry("no", false),
            Map.entry("1", true), Map.entry("0", false), Map.entry("√", true), Map.entry("×", false));

    private SpreadsheetValues() {
    }

    static JsonMapper mapper(JsonMapper strict) {
        SimpleModule values = new SimpleModule("spreadsheet-values")
                .addDeserializer(LocalDate.class, new DateCell())
                .addDeserializer(Boolean.class, new BooleanCell());
        return strict.rebuild()
                .withCoercionConfig(LogicalType.Integer, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Float, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .addModule(values)
                .build();
    }

    private static final class DateCell extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            String text = parser.getString().strip();
            Matcher date = DATE.matcher(text);
            if (date.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                            Integer.parseInt(date.group(3)));
                } catch (DateTimeException e) {
                    // falls through to the refusal below: the parts do not make a day of the calendar
                }
            }
            throw InvalidFormatException.from(parser, "not a date", text, LocalDate.class);
        }
    }

    private static final class BooleanCell extends ValueDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) {
            String text = parser.getString().strip();
            Boolean value = BOOLEANS.get(text.toLowerCase(Locale.ROOT));
            if (value == null) {
                throw InvalidFormatException.from(parser, "not a yes or no", text, Boolean.class);
            }
            return value;
        }
    }
}
