package nl.kwaliteitsnetwerk.ledger.platform.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form's fields as the JSON body the API takes: a field's name is the JSON field's name; {@code a.b} makes a
 * nested object, {@code a[0].b} a list of objects, a name given several times (or ending in {@code []}) a list
 * of strings. Empty fields are left out, as a client leaves out what it does not send. The page's own fields
 * (the CSRF token, the version it showed, the language) are not part of the body.
 */
final class FormFields {

    static final Set<String> PAGE_FIELDS = Set.of("_csrf", "version", "lang");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]{0,63})(?:\\[(\\d{1,3})])?");
    private static final int MAX_FIELDS = 400;
    /** No list the API takes is longer (evidence: 100); a larger index would only make empty rows. */
    private static final int MAX_INDEX = 199;
    /** No request the API takes nests deeper; a deeper name would only cost the server. */
    private static final int MAX_DEPTH = 8;

    private FormFields() {
    }

    static ObjectNode toJson(Map<String, String[]> fields, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        if (fields.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("The form has more than " + MAX_FIELDS + " fields.");
        }
        fields.forEach((name, values) -> {
            if (!PAGE_FIELDS.contains(name)) {
                put(root, name, values);
            }
        });
        compact(root);
        return root;
    }

    private static void put(ObjectNode root, String name, String[] values) {
        boolean list = name.endsWith("[]") || values.length > 1;
        String path = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
        String[] segments = path.split("\\.", -1);
        if (segments.length > MAX_DEPTH) {
            throw new IllegalArgumentException("The form has a field this request does not know.");
        }
        ObjectNode parent = root;
        for (int i = 0; i < segments.length; i++) {
            Matcher segment = SEGMENT.matcher(segments[i]);
            if (!segment.matches()) {
                throw new IllegalArgumentException("The form has a field this request does not know.");
            }
            String field = segment.group(1);
            boolean last = i == segments.length - 1;
            if (segment.group(2) != null) {
                ArrayNode array = parent.has(field) && parent.get(field).isArray() ? (ArrayNode) parent.get(field)
                        : parent.putArray(field);
                int index = Integer.parseInt(segment.group(2));
                if (index > MAX_INDEX) {
                    throw new IllegalArgumentException("The form has a list longer than this request takes.");
                }
                while (array.size() <= index) {
                    array.addObject();
                }
                if (last) {
                    array.set(index, values.length == 0 || values[0].isEmpty() ? JsonNodeFactory.instance.nullNode()
                            : JsonNodeFactory.instance.textNode(lineBreaks(values[0])));
                    return;
                }
                parent = (ObjectNode) array.get(index);
            } else if (last) {
                if (list) {
                    ArrayNode array = parent.putArray(field);
                    for (String value : values) {
                        if (!value.isEmpty()) {
                            array.add(lineBreaks(value));
                        }
                    }
                } else if (values.length == 1 && !values[0].isEmpty()) {
                    parent.put(field, lineBreaks(values[0]));
                }
            } else {
                parent = parent.has(field) && parent.get(field).isObject() ? (ObjectNode) parent.get(field)
                        : parent.putObject(field);
            }
        }
    }

    /**
     * A browser sends a text area's line breaks as CR LF (the HTML form encoding demands it); the text an API
     * client sends, and the text rule accepts, breaks lines with LF. Undoing the encoding changes no text.
     */
    private static String lineBreaks(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Rows of a list left wholly empty (a blank evidence line, say) are not sent. */
    private static void compact(JsonNode node) {
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> compact(entry.getValue()));
        } else if (node.isArray()) {
            Iterator<JsonNode> elements = node.elements();
            while (elements.hasNext()) {
                JsonNode element = elements.next();
                compact(element);
                if (element.isNull() || (element.isObject() && element.isEmpty())) {
                    elements.remove();
                }
            }
        }
    }
}
