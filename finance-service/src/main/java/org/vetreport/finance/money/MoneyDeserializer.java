package org.vetreport.finance.money;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * An amount field of a finance record. A JSON number is taken exactly as written. Text is read only where the
 * mapper accepts numbers as text at all, which is in spreadsheet rows (CSV, XLSX): there it may carry the digit
 * groups, ¥ and 元 of {@link MoneyText}. In JSON bodies and JSON imports an amount written as text stays a 400,
 * as for every other number.
 */
public final class MoneyDeserializer extends ValueDeserializer<BigDecimal> {

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            return parser.getDecimalValue();
        }
        if (parser.hasToken(JsonToken.VALUE_STRING) && context.findCoercionAction(LogicalType.Float,
                BigDecimal.class, CoercionInputShape.String) != CoercionAction.Fail) {
            String text = parser.getString();
            return MoneyText.parse(text).orElseThrow(() -> DatabindException.from(parser, MoneyText.problem(text)));
        }
        return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
    }
}
