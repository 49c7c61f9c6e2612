package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that passes an OpenAPI schema's own checks, built from the document alone: every required
 * property, one item per array, the first enum value, dates a week ahead of the service's clock (inside
 * any date window a field has), plain one-line text. Whether the service's rules then accept it is the
 * service's business; what is tested with it is who gets that far.
 */
public final class SchemaSamples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final JsonNode document;
    private final Clock clock;

    public SchemaSamples(JsonNode document, Clock clock) {
        this.document = document;
        this.clock = clock;
    }

    /** A sample of the operation's JSON request body, or null when it takes none. */
    public JsonNode requestBody(JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : sample(schema, 0);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > MAX_DEPTH) {
            return JSON.nullNode();
        }
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        for (String choice : new String[] {"allOf", "oneOf", "anyOf"}) {
            if (resolved.has(choice)) {
                return sample(resolved.get(choice).get(0), depth + 1);
            }
        }
        String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(resolved, depth);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(sample(resolved.path("items"), depth + 1));
                yield array;
            }
            case "integer", "number" -> JSON.numberNode(Math.max(1, resolved.path("minimum").asInt(1)));
            case "boolean" -> JSON.booleanNode(true);
            default -> JSON.textNode(text(resolved));
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            String name = required.asText();
            if (properties.has(name)) {
                object.set(name, sample(properties.get(name), depth + 1));
            }
        }
        return object;
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        LocalDate nextWeek = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7);
        return switch (format) {
            case "date" -> nextWeek.toString();
            case "date-time" -> clock.instant().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            default -> "A1";
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    /** The names of a path template's variables, in order: {@code /audits/{auditId}/findings/{findingId}}. */
    public static List<String> variables(String template) {
        List<String> names = new ArrayList<>();
        Matcher variable = PATH_VARIABLE.matcher(template);
        while (variable.find()) {
            names.add(variable.group(1));
        }
        return names;
    }
}
