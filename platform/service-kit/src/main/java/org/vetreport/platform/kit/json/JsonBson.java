package org.vetreport.platform.kit.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts between JSON trees and MongoDB documents without losing precision: decimal numbers become
 * {@link Decimal128} and back, integers stay integers, so a money amount written as {@code 1234.50} is stored,
 * published and summed exactly.
 */
public final class JsonBson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonBson() {
    }

    public static Document toDocument(JsonNode object) {
        if (!object.isObject()) {
            throw new IllegalArgumentException("only a JSON object maps to a document, not " + object.getNodeType());
        }
        Document document = new Document();
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            document.put(property.getKey(), toValue(property.getValue()));
        }
        return document;
    }

    public static ObjectNode toJson(Document document) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            object.set(entry.getKey(), toNode(entry.getValue()));
        }
        return object;
    }

    private static Object toValue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            return toDocument(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.values().forEach(element -> list.add(toValue(element)));
            return list;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            if (node.canConvertToInt()) {
                return node.intValue();
            }
            if (node.canConvertToLong()) {
                return node.longValue();
            }
            return new Decimal128(new BigDecimal(node.bigIntegerValue()));
        }
        if (node.isBigDecimal()) {
            return new Decimal128(node.decimalValue());
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isString()) {
            return node.stringValue();
        }
        throw new IllegalArgumentException("cannot store a JSON " + node.getNodeType());
    }

    private static JsonNode toNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Document nested) {
            return toJson(nested);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            list.forEach(element -> array.add(toNode(element)));
            return array;
        }
        if (value instanceof String text) {
            return NODES.stringNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Decimal128 decimal) {
            return DecimalNode.valueOf(decimal.bigDecimalValue());
        }
        if (value instanceof BigDecimal decimal) {
            return DecimalNode.valueOf(decimal);
        }
        if (value instanceof BigInteger integer) {
            return NODES.numberNode(integer);
        }
        if (value instanceof Date date) {
            return NODES.stringNode(date.toInstant().toString());
        }
        if (value instanceof ObjectId id) {
            return NODES.stringNode(id.toHexString());
        }
        throw new IllegalArgumentException("cannot express a stored " + value.getClass().getName() + " as JSON");
    }
}
