package nl.kwaliteitsnetwerk.ledger.stack.store;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;

/**
 * One BSON value: a document's {@code _id} as the key of its collection's map, and the same {@code _id}
 * as what a unique index points to. Stored as {@code {v: value}}; the server's "no value" ({@link Missing},
 * which BSON cannot hold) as {@code {}}. Ordered as index keys are ({@link ValueOrder}).
 */
final class StoredValueType extends BasicDataType<Object> {

    private static final String VALUE = "v";

    @Override
    public int compare(Object a, Object b) {
        return ValueOrder.compare(a, b);
    }

    @Override
    public int getMemory(Object value) {
        return 48;
    }

    @Override
    public void write(WriteBuffer buff, Object value) {
        Document holder = value instanceof Missing ? new Document() : new Document(VALUE, value);
        BsonBytes.write(buff, holder, 32);
    }

    @Override
    public Object read(ByteBuffer buff) {
        Document holder = BsonBytes.read(buff);
        return holder.containsKey(VALUE) ? holder.get(VALUE) : Missing.getInstance();
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
