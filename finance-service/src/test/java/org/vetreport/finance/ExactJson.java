package org.vetreport.finance;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads answers and event payloads the way a finance client must: every decimal as the exact {@code BigDecimal}
 * written, never through a {@code double} (the plain test client reads 1234.50 as the double 1234.5).
 */
public final class ExactJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private ExactJson() {
    }

    public static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    public static JsonNode read(byte[] json) {
        return JSON.readTree(json);
    }
}
