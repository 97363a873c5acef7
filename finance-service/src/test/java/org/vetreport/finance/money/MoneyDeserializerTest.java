package org.vetreport.finance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.web.JsonErrors;
import org.vetreport.platform.kit.web.StrictJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

class MoneyDeserializerTest {

    record Payment(@JsonDeserialize(using = MoneyDeserializer.class) BigDecimal amount) {
    }

    /** The platform's mapper for JSON bodies: numbers must be numbers. */
    private static final JsonMapper JSON = strict().build();

    /** The importer's mapper for spreadsheet rows, where every cell is text and numbers are read from it. */
    private static final JsonMapper SPREADSHEET = strict()
            .withCoercionConfig(LogicalType.Float, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .build();

    private static JsonMapper.Builder strict() {
        JsonMapper.Builder builder = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        new StrictJson().customize(builder);
        return builder;
    }

    private static FieldError error(JsonMapper mapper, String json) {
        return JsonErrors.describe(catchThrowableOfType(JacksonException.class, () -> mapper.readValue(json, Payment.class)));
    }

    @Test
    void aJsonNumberIsTakenExactlyAsWritten() {
        assertThat(JSON.readValue("{\"amount\":1234.50}", Payment.class).amount()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(JSON.readValue("{\"amount\":0.1}", Payment.class).amount()).isEqualTo(new BigDecimal("0.1"));
        assertThat(JSON.readValue("{\"amount\":98765432109876543.21}", Payment.class).amount())
                .isEqualTo(new BigDecimal("98765432109876543.21"));
        assertThat(JSON.readValue("{\"amount\":628450}", Payment.class).amount()).isEqualTo(new BigDecimal("628450"));
        assertThat(JSON.readValue("{\"amount\":null}", Payment.class).amount()).isNull();
    }

    @Test
    void anAmountWrittenAsTextInAJsonBodyIsRefusedLikeAnyNumber() {
        assertThat(error(JSON, "{\"amount\":\"1234.50\"}"))
                .isEqualTo(new FieldError("amount", "has the wrong type: expected a number"));
        assertThat(error(JSON, "{\"amount\":true}").field()).isEqualTo("amount");
    }

    @Test
    void aSpreadsheetCellMayCarryDigitGroupsYuanSignAndYuan() {
        assertThat(SPREADSHEET.readValue("{\"amount\":\"¥1,234.50\"}", Payment.class).amount()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(SPREADSHEET.readValue("{\"amount\":\"1234.5元\"}", Payment.class).amount()).isEqualTo(new BigDecimal("1234.5"));
        assertThat(SPREADSHEET.readValue("{\"amount\":\"1,234.505\"}", Payment.class).amount()).isEqualTo(new BigDecimal("1234.505"));
    }

    @Test
    void aSpreadsheetCellThatCouldBeMisreadIsA400NamingTheFieldAndTheAcceptedForms() {
        FieldError error = error(SPREADSHEET, "{\"amount\":\"1.234,50\"}");

        assertThat(error.field()).isEqualTo("amount");
        assertThat(error.message()).isEqualTo(MoneyText.problem("1.234,50"));
    }
}
