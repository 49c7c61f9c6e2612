package nl.kwaliteitsnetwerk.ledger.stack.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A unique index's key, compared by value and stored as BSON {@code {k: [values]}}. {@link KeyValue} is
 * not {@link Comparable}, so H2's default type compared two keys by Java-serializing both: two object
 * streams per comparison, about twenty comparisons per lookup, and most of the server's time.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    private static final String VALUES = "k";

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int order = ValueOrder.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        return 64 * key.size();
    }

    @Override
    public void write(WriteBuffer buff, KeyValue key) {
        List<Object> values = new ArrayList<>(key.size());
        // keys are normalized (a missing field is null) before they reach an index; this is for any that is not
        key.forEach(value -> values.add(value instanceof Missing ? null : value));
        BsonBytes.write(buff, new Document(VALUES, values), 64);
    }

    @Override
    public KeyValue read(ByteBuffer buff) {
        return new KeyValue((List<?>) BsonBytes.read(buff).get(VALUES));
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
