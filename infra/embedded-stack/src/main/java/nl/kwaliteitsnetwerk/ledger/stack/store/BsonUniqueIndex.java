package nl.kwaliteitsnetwerk.ledger.stack.store;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.MVMap;

import java.util.List;
import java.util.Map;

/**
 * A unique index over one of the store's typed maps ({@link StoreMaps#uniqueIndex}): what the H2 backend's
 * own unique index does, whose constructor is not open to other packages.
 */
final class BsonUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> positions;

    BsonUniqueIndex(MVMap<KeyValue, Object> positions, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.positions = positions;
    }

    /** Where a key points: the document's {@code _id}, the key of its collection's map. */
    @Override
    protected Object getPosition(KeyValue key) {
        return positions.get(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        // a map holds no null value; the H2 backend's own index stores the same stand-in
        return positions.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    /** For a regular expression on a single-field index, which the server answers by walking every key. */
    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return positions.entrySet();
    }

    @Override
    public long getCount() {
        return positions.sizeAsLong();
    }

    /** What the server reports as the index's size: its number of keys, as for the H2 backend's own index. */
    @Override
    public long getDataSize() {
        return getCount();
    }
}
