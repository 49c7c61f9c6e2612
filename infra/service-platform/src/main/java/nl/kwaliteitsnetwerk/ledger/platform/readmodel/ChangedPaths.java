package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Compares a stored document with its next version and names what changed by path, so that a view that grows
 * with its aggregate is written as its growth, not re-sent whole. The update, applied to the stored document,
 * gives exactly the next one, field order and number types included: where a path cannot say a change (a list
 * shrunk or reordered, a field name with a dot, a leading $ or none, fields that would end up in another order)
 * the smallest enclosing value is set whole. A path is never set below another that is set, so MongoDB never
 * sees two operators on conflicting paths.
 */
final class ChangedPaths {

    private static final String ID = "_id";

    private final Document set = new Document();
    private final Document unset = new Document();
    private final Document push = new Document();
    private boolean setsAnEqualValue;

    private ChangedPaths() {
    }

    static DocumentChange between(Document stored, Document next) {
        Document before = new Document(stored);
        before.remove(ID);
        Document after = new Document(next);
        after.remove(ID);
        ChangedPaths paths = new ChangedPaths();
        if (!paths.fields("", before, after) || paths.setsAnEqualValue) {
            return new DocumentChange.Whole(next);
        }
        if (paths.set.isEmpty() && paths.unset.isEmpty() && paths.push.isEmpty()) {
            return new DocumentChange.Unchanged();
        }
        return new DocumentChange.Paths(paths.set, paths.unset, paths.push);
    }

    /**
     * Names the changed fields of a document at {@code prefix}; answers false, naming nothing, if they cannot be
     * named by path, so that the caller sets the document whole.
     */
    private boolean fields(String prefix, Map<String, Object> before, Map<String, Object> after) {
        List<String> kept = before.keySet().stream().filter(after::containsKey).toList();
        List<String> added = after.keySet().stream().filter(key -> !before.containsKey(key)).toList();
        // a view's top-level fields are read by name, never by place, and the two servers order them differently
        // after a replace: there, order is not a change (else every write after a new field would be a replace)
        if (!prefix.isEmpty() && (!sameOrder(kept, added, after) || !addedInServerOrder(added))) {
            return false;
        }
        List<String> removed = before.keySet().stream().filter(key -> !after.containsKey(key)).toList();
        boolean named = removed.stream().allMatch(ChangedPaths::isPathStep) && added.stream().allMatch(ChangedPaths::isPathStep)
                && kept.stream().allMatch(key -> isPathStep(key) || same(before.get(key), after.get(key)));
        if (!named) {
            return false;
        }
        removed.forEach(key -> unset.put(prefix + key, ""));
        for (String key : kept) {
            value(prefix + key, before.get(key), after.get(key));
        }
        added.forEach(key -> set.put(prefix + key, after.get(key)));
        return true;
    }

    @SuppressWarnings("unchecked")
    private void value(String path, Object before, Object after) {
        if (same(before, after)) {
            return;
        }
        if (before instanceof Map<?, ?> beforeFields && after instanceof Map<?, ?> afterFields) {
            if (!fields(path + ".", (Map<String, Object>) beforeFields, (Map<String, Object>) afterFields)) {
                replace(path, before, after);
            }
        } else if (before instanceof List<?> beforeItems && after instanceof List<?> afterItems) {
            items(path, beforeItems, afterItems);
        } else {
            replace(path, before, after);
        }
    }

    /**
     * Sets the value at {@code path}. A value that differs only in the type of a number is one that
     * mongo-java-server takes for the value it has and leaves as it is (MongoDB does not): such a change is
     * made by replacing the document whole.
     */
    private void replace(String path, Object before, Object after) {
        setsAnEqualValue |= LooseEquality.equal(before, after);
        set.put(path, after);
    }

    /** A list that only grew gets its new items pushed; one of the same length, its changed items by index. */
    private void items(String path, List<?> before, List<?> after) {
        if (after.size() > before.size() && same(before, after.subList(0, before.size()))) {
            push.put(path, new Document("$each", new ArrayList<>(after.subList(before.size(), after.size()))));
        } else if (after.size() == before.size()) {
            for (int i = 0; i < after.size(); i++) {
                value(path + "." + i, before.get(i), after.get(i));
            }
        } else {
            replace(path, before, after);
        }
    }

    /** The fields kept stay in their order and the new ones follow, as a server that sets them leaves them. */
    private static boolean sameOrder(List<String> kept, List<String> added, Map<String, Object> after) {
        Iterator<String> expected = Stream.concat(kept.stream(), added.stream()).iterator();
        return after.keySet().stream().allMatch(key -> expected.hasNext() && expected.next().equals(key));
    }

    /**
     * MongoDB (5.0 on) adds the new fields of one update in the byte order of their names, numeric names in
     * numeric order; mongo-java-server in the order given. Two or more new fields agree with both only in byte
     * order and without numeric names.
     */
    private static boolean addedInServerOrder(List<String> added) {
        if (added.size() < 2) {
            return true;
        }
        for (int i = 0; i < added.size(); i++) {
            if (added.get(i).chars().allMatch(Character::isDigit)
                    || i > 0 && Arrays.compareUnsigned(utf8(added.get(i - 1)), utf8(added.get(i))) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] utf8(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    /** A field name that a path can step through: not empty, no dot, no leading $. */
    private static boolean isPathStep(String key) {
        return !key.isEmpty() && key.indexOf('.') < 0 && !key.startsWith("$");
    }

    /** Equal as stored: fields in the same order, numbers of the same type. */
    static boolean same(Object before, Object after) {
        if (before instanceof Map<?, ?> beforeFields && after instanceof Map<?, ?> afterFields) {
            return sameFields(beforeFields, afterFields);
        }
        if (before instanceof List<?> beforeItems && after instanceof List<?> afterItems) {
            return pairwise(beforeItems, afterItems, ChangedPaths::same);
        }
        return before == null ? after == null : after != null && before.getClass() == after.getClass()
                && Objects.equals(before, after);
    }

    /** Lists of the same length whose items at each index are {@code equal}. */
    static boolean pairwise(List<?> one, List<?> other, BiPredicate<Object, Object> equal) {
        if (one.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < one.size(); i++) {
            if (!equal.test(one.get(i), other.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameFields(Map<?, ?> before, Map<?, ?> after) {
        if (before.size() != after.size()) {
            return false;
        }
        Iterator<? extends Map.Entry<?, ?>> others = after.entrySet().iterator();
        for (Map.Entry<?, ?> field : before.entrySet()) {
            Map.Entry<?, ?> other = others.next();
            if (!field.getKey().equals(other.getKey()) || !same(field.getValue(), other.getValue())) {
                return false;
            }
        }
        return true;
    }
}
