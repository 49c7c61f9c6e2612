package nl.kwaliteitsnetwerk.ledger.platform.text;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.text.TextLimits;
import nl.kwaliteitsnetwerk.ledger.kernel.text.WellFormedText;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks every text in a deserialized request body against {@link TextLimits} and {@link WellFormedText}, naming the first
 * that breaks it by its path in the request ({@code evidence[1].reference}): strings in records,
 * classes, lists, arrays, map keys and values and JSON trees, at any depth. Enums, numbers, booleans
 * and the JDK's value types (dates, instants) hold no text of the caller's and are passed by. A text
 * component named {@code institutionCode} or {@code …InstitutionCode} must also be an institution
 * code, so that a refusal names the field the caller sent rather than the record built from it.
 */
public final class TextFields {

    /** Deeper than any body of this API; a guard against a class that refers to itself. */
    private static final int MAX_DEPTH = 64;

    private static final ClassValue<List<Part>> PARTS = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            return type.isRecord() ? recordParts(type) : fieldParts(type);
        }
    };

    private TextFields() {
    }

    /** Refuses, with {@code InvalidText} naming its path, the first text in {@code body} that is not canonical. */
    public static void requireCanonical(Object body) {
        check(body, "", 0);
    }

    private static void check(Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            String field = path.isEmpty() ? "body" : path;
            TextLimits.requireWithinLimit(field, text.toString());
            WellFormedText.require(field, text.toString());
        } else if (value instanceof Character c) {
            WellFormedText.require(path, String.valueOf(c));
        } else if (value instanceof JsonNode node) {
            checkJson(node, path, depth);
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                check(entry.getKey(), path, depth + 1);
                check(entry.getValue(), join(path, String.valueOf(entry.getKey())), depth + 1);
            }
        } else if (value instanceof Iterable<?> items) {
            checkItems(items.iterator(), path, depth);
        } else if (value instanceof char[] chars) {
            WellFormedText.require(path, new String(chars));
        } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            checkItems(arrayItems(value), path, depth);
        } else if (holdsCallersText(value.getClass())) {
            for (Part part : PARTS.get(value.getClass())) {
                Object partValue = part.read(value);
                String partPath = join(path, part.name());
                check(partValue, partPath, depth + 1);
                if (partValue instanceof String code && part.isInstitutionCode()) {
                    InstitutionCode.normalise(code, partPath);
                }
            }
        }
    }

    private static void checkItems(Iterator<?> items, String path, int depth) {
        for (int i = 0; items.hasNext(); i++) {
            check(items.next(), path + "[" + i + "]", depth + 1);
        }
    }

    private static void checkJson(JsonNode node, String path, int depth) {
        if (node.isTextual()) {
            WellFormedText.require(path.isEmpty() ? "body" : path, node.textValue());
        } else if (node.isArray()) {
            checkItems(node.elements(), path, depth);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                WellFormedText.require(path.isEmpty() ? "body" : path, field.getKey());
                check(field.getValue(), join(path, field.getKey()), depth + 1);
            }
        }
    }

    /** Enums, boxed primitives, dates and every other JDK type hold no free text of the caller's. */
    private static boolean holdsCallersText(Class<?> type) {
        return !type.isEnum() && !type.isPrimitive() && !type.getName().startsWith("java.")
                && !type.getName().startsWith("javax.") && !type.getName().startsWith("jdk.");
    }

    private static Iterator<Object> arrayItems(Object array) {
        List<Object> items = new ArrayList<>(Array.getLength(array));
        for (int i = 0; i < Array.getLength(array); i++) {
            items.add(Array.get(array, i));
        }
        return items.iterator();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static List<Part> recordParts(Class<?> type) {
        List<Part> parts = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty renamed = component.getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            parts.add(new Part(name, accessible(component.getAccessor())));
        }
        return parts;
    }

    private static List<Part> fieldParts(Class<?> type) {
        List<Part> parts = new ArrayList<>();
        for (Class<?> c = type; c != null && holdsCallersText(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    parts.add(new Part(field.getName(), accessible(field)));
                }
            }
        }
        return parts;
    }

    private static <T extends AccessibleObject & Member> T accessible(T member) {
        member.setAccessible(true);
        return member;
    }

    /** A named part of an object: a record component read by its accessor, or a field. */
    private record Part(String name, Member member) {

        boolean isInstitutionCode() {
            return name.equals("institutionCode") || name.endsWith("InstitutionCode");
        }

        Object read(Object owner) {
            try {
                return member instanceof Method accessor ? accessor.invoke(owner) : ((Field) member).get(owner);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + owner.getClass().getName(), e);
            }
        }
    }
}
