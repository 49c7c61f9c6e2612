package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import org.bson.Document;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A view's values as Jackson gives them (maps, lists, numbers, strings) made into the values a document
 * parsed from the view's JSON held, without the JSON text in between: nested maps become documents, and a
 * whole number is a 32-bit one where it fits, a 64-bit one where not, a fraction a double, as
 * {@code Document.parse} reads them. So a view stored before compares with its next version value by value.
 */
final class BsonValues {

    private BsonValues() {
    }

    static Object of(Object value) {
        if (value instanceof Map<?, ?> fields) {
            Document document = new Document();
            fields.forEach((name, field) -> document.put(String.valueOf(name), of(field)));
            return document;
        }
        if (value instanceof List<?> items) {
            List<Object> converted = new ArrayList<>(items.size());
            items.forEach(item -> converted.add(of(item)));
            return converted;
        }
        if (value instanceof BigInteger big && big.bitLength() >= Long.SIZE) {
            return big.doubleValue();
        }
        if (value instanceof Long || value instanceof BigInteger) {
            long whole = ((Number) value).longValue();
            if (whole == (int) whole) {
                return (int) whole;
            }
            return whole;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        return value;
    }
}
