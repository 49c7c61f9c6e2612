package nl.kwaliteitsnetwerk.ledger.stack.store;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The order of keys in the store's maps: the server's own {@link ValueComparator} for single values, so
 * that 1, 1L and 1.0 are one key as the server's normalization already makes them; but arrays and
 * embedded documents element by element. The server's comparator orders an array by its smallest element,
 * also inside a document, which would make {@code {a: [1, 2]}} and {@code {a: [1, 3]}} one key and refuse
 * the second as a duplicate. Two values are the same key exactly when they are equal after normalization.
 */
final class ValueOrder {

    private static final ValueComparator SINGLE_VALUES = ValueComparator.ascWithoutListHandling();

    private ValueOrder() {
    }

    static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return compareElements(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return compareFields(x, y);
        }
        if (a instanceof BsonRegularExpression x && b instanceof BsonRegularExpression y) {
            return compareText(x.getPattern() + "/" + x.getOptions(), y.getPattern() + "/" + y.getOptions());
        }
        if (a instanceof BsonJavaScript || b instanceof BsonJavaScript) {
            // the server's comparator knows no order for code; after every other type, by its text
            return a instanceof BsonJavaScript x && b instanceof BsonJavaScript y ? compareText(x.getCode(), y.getCode())
                    : a instanceof BsonJavaScript ? 1 : -1;
        }
        return SINGLE_VALUES.compare(a, b);
    }

    private static int compareText(String a, String b) {
        return a.compareTo(b);
    }

    private static int compareElements(List<?> a, List<?> b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int order = compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Field by field in their order, name then value, as BSON documents are equal only with their fields in the same order. */
    private static int compareFields(Map<?, ?> a, Map<?, ?> b) {
        Iterator<? extends Map.Entry<?, ?>> left = a.entrySet().iterator();
        Iterator<? extends Map.Entry<?, ?>> right = b.entrySet().iterator();
        while (left.hasNext() && right.hasNext()) {
            Map.Entry<?, ?> x = left.next();
            Map.Entry<?, ?> y = right.next();
            int order = compareText(String.valueOf(x.getKey()), String.valueOf(y.getKey()));
            if (order == 0) {
                order = compare(x.getValue(), y.getValue());
            }
            if (order != 0) {
                return order;
            }
        }
        return Boolean.compare(left.hasNext(), right.hasNext());
    }
}
