package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Equality as mongo-java-server judges that a {@code $set} changes nothing (found by test): numbers by their
 * value whatever their type, at any depth. Where a value set is equal only in this sense, the server keeps the
 * value it has (MongoDB does not), so {@link ChangedPaths} replaces the document whole instead.
 */
final class LooseEquality {

    private LooseEquality() {
    }

    static boolean equal(Object one, Object other) {
        if (one instanceof Number number && other instanceof Number otherNumber) {
            return number.doubleValue() == otherNumber.doubleValue();
        }
        if (one instanceof Map<?, ?> fields && other instanceof Map<?, ?> otherFields) {
            return new ArrayList<>(fields.keySet()).equals(new ArrayList<>(otherFields.keySet()))
                    && equal(new ArrayList<>(fields.values()), new ArrayList<>(otherFields.values()));
        }
        if (one instanceof List<?> items && other instanceof List<?> otherItems) {
            return ChangedPaths.pairwise(items, otherItems, LooseEquality::equal);
        }
        return Objects.equals(one, other);
    }
}
