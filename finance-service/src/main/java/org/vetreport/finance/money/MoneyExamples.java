package org.vetreport.finance.money;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Shows the example of every amount of yuan in the API document with its two decimals, 628450.00: the generator
 * reads {@code @Schema(example = "628450.00")} as a double and would print 628450.0. An amount is a number
 * documented with {@code multipleOf = 0.01}.
 */
@Component
class MoneyExamples implements OpenApiCustomizer {

    private static final BigDecimal FEN = new BigDecimal("0.01");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(MoneyExamples::withTwoDecimals);
            }
        }
    }

    private static void withTwoDecimals(Schema<?> property) {
        if (property.getExample() != null && property.getMultipleOf() != null && property.getMultipleOf().compareTo(FEN) == 0) {
            property.setExample(new BigDecimal(property.getExample().toString()).setScale(Yuan.FEN));
        }
    }
}
