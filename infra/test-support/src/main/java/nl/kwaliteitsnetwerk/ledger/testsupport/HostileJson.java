package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * JSON bodies shaped after an OpenAPI schema, most values plausible and some hostile (wrong types, huge and
 * fractional numbers, nulls, deep arrays, hostile text, dates far out of range), so a body gets past the
 * reader often enough to reach the rules behind it. Random from the seed it is given.
 */
final class HostileJson {

    static final ObjectMapper WRITER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> DATES = List.of("2027-01-01", "+99999-01-01", "1900-01-01", "2027-02-30", "0000-00-00",
            "2027-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "yesterday");

    private final JsonNode components;
    private final Random random;

    HostileJson(JsonNode openApi, Random random) {
        this.components = openApi.path("components").path("schemas");
        this.random = random;
    }

    /** A body after {@code schema}; {@code hostility} between 0 (plausible) and 1 (every value hostile). */
    JsonNode after(JsonNode schema, double hostility) {
        return build(schema, hostility, 0);
    }

    /** Any JSON value at all, nested up to {@code depth}. */
    JsonNode anything(int depth) {
        return switch (random.nextInt(depth <= 0 ? 6 : 8)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> hostileNumber();
            case 3, 4 -> JSON.textNode(hostileText());
            case 5 -> JSON.textNode(DATES.get(random.nextInt(DATES.size())));
            case 6 -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(4); i >= 0; i--) {
                    array.add(anything(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = JSON.objectNode();
                for (int i = random.nextInt(4); i >= 0; i--) {
                    object.set(hostileText(), anything(depth - 1));
                }
                yield object;
            }
        };
    }

    /** Arrays in arrays, deeper than any body has reason to be. */
    static String deepArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    String hostileText() {
        List<String> edges = HostileText.EDGES;
        return switch (random.nextInt(5)) {
            case 0 -> edges.get(random.nextInt(edges.size()));
            case 1 -> "x".repeat(random.nextInt(3) == 0 ? 70_000 : 300);
            case 2 -> "\u202eevil\u202c\u001b[31m red\r\nline2";
            case 3 -> "A1";
            default -> HostileText.samples(1, random.nextLong()).get(0);
        };
    }

    JsonNode hostileNumber() {
        return switch (random.nextInt(7)) {
            case 0 -> JSON.numberNode(new BigInteger("9".repeat(40)));
            case 1 -> JSON.numberNode(-1);
            case 2 -> JSON.numberNode(new BigDecimal("1.5"));
            case 3 -> JSON.numberNode(new BigDecimal("1e400"));
            case 4 -> JSON.numberNode(Long.MIN_VALUE);
            case 5 -> JSON.numberNode(0);
            default -> JSON.numberNode(Integer.MAX_VALUE);
        };
    }

    private JsonNode build(JsonNode schema, double hostility, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > 6) {
            return JSON.nullNode();
        }
        if (random.nextDouble() < hostility / 3) {
            return anything(2);
        }
        JsonNode oneOf = resolved.has("oneOf") ? resolved.get("oneOf") : resolved.get("anyOf");
        if (oneOf != null && oneOf.size() > 0) {
            return build(oneOf.get(random.nextInt(oneOf.size())), hostility, depth + 1);
        }
        if (resolved.has("allOf") && resolved.get("allOf").size() > 0) {
            return build(resolved.get("allOf").get(0), hostility, depth + 1);
        }
        if (resolved.has("enum")) {
            JsonNode values = resolved.get("enum");
            return random.nextDouble() < hostility / 2 ? JSON.textNode(hostileText()) : values.get(random.nextInt(values.size()));
        }
        String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "");
        boolean hostile = random.nextDouble() < hostility;
        return switch (type) {
            case "object" -> object(resolved, hostility, depth);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                int items = hostile ? random.nextInt(6) : 1 + random.nextInt(2);
                for (int i = 0; i < items; i++) {
                    array.add(build(resolved.path("items"), hostility, depth + 1));
                }
                yield array;
            }
            case "integer", "number" -> hostile ? hostileNumber() : JSON.numberNode(1 + random.nextInt(5));
            case "boolean" -> hostile ? JSON.textNode("yes") : JSON.booleanNode(random.nextBoolean());
            case "string" -> string(resolved, hostile);
            default -> anything(1);
        };
    }

    private JsonNode object(JsonNode schema, double hostility, int depth) {
        ObjectNode object = JSON.objectNode();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (random.nextDouble() < hostility / 4) {
                continue;
            }
            object.set(property.getKey(), build(property.getValue(), hostility, depth + 1));
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject()) {
            object.set(random.nextBoolean() ? "A1" : hostileText(), build(additional, hostility, depth + 1));
        }
        return object;
    }

    private JsonNode string(JsonNode schema, boolean hostile) {
        String format = schema.path("format").asText("");
        if (format.startsWith("date")) {
            return JSON.textNode(hostile ? DATES.get(random.nextInt(DATES.size()))
                    : format.equals("date") ? "2027-03-01" : "2027-03-01T10:00:00Z");
        }
        if (format.equals("uuid")) {
            return JSON.textNode(hostile ? hostileText() : java.util.UUID.randomUUID().toString());
        }
        return JSON.textNode(hostile ? hostileText() : "A1");
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }

    static String write(JsonNode body) {
        try {
            return WRITER.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
