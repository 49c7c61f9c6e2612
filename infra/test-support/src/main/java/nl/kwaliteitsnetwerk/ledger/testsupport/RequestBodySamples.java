package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A JSON body for a request type, built from the type alone: one element in every list, one entry in
 * every map, the first constant of every enum, and {@code text} at one path of a text. Paths are those
 * the API names in a refusal: {@code evidence[0].reference}, a map's key at the map's own path, a
 * map's value at {@code map.key}. A type it does not know fails, so no body escapes the check unseen.
 */
public final class RequestBodySamples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String PLAIN = "A1";

    private RequestBodySamples() {
    }

    /** The path of every text in a body of {@code type}. */
    public static List<String> textPaths(Type type) {
        List<String> paths = new ArrayList<>();
        build(type, "", null, null, paths);
        return paths;
    }

    /** A body of {@code type} holding {@code text} at {@code path} and plain values everywhere else. */
    public static JsonNode holding(Type type, String path, String text) {
        return build(type, "", path, text, new ArrayList<>());
    }

    private static JsonNode build(Type type, String path, String target, String text, List<String> texts) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            texts.add(path);
            return JSON.textNode(path.equals(target) ? text : PLAIN);
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return JSON.numberNode(1);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return JSON.booleanNode(false);
        }
        if (raw.isEnum()) {
            return JSON.textNode(((Enum<?>) raw.getEnumConstants()[0]).name());
        }
        if (raw == LocalDate.class) {
            return JSON.textNode("2027-01-01");
        }
        if (raw == Instant.class) {
            return JSON.textNode("2027-01-01T00:00:00Z");
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            ArrayNode items = JSON.arrayNode();
            items.add(build(elementType(type), path + "[0]", target, text, texts));
            return items;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type[] keyAndValue = ((ParameterizedType) type).getActualTypeArguments();
            JsonNode key = build(keyAndValue[0], path, target, text, texts);
            ObjectNode map = JSON.objectNode();
            map.set(key.asText(), build(keyAndValue[1], join(path, key.asText()), target, text, texts));
            return map;
        }
        if (raw.isRecord()) {
            ObjectNode object = JSON.objectNode();
            for (RecordComponent component : raw.getRecordComponents()) {
                String name = jsonName(component);
                object.set(name, build(component.getGenericType(), join(path, name), target, text, texts));
            }
            return object;
        }
        throw new IllegalArgumentException("no sample for " + type + " at '" + path + "': teach RequestBodySamples this type");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    private static Type elementType(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
