package nl.kwaliteitsnetwerk.ledger.stack.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The maps of the store and the types each one is opened with. The names are those of the H2 backend of
 * mongo-java-server: {@code databases.<db>.<collection>} (documents by {@code _id}),
 * {@code meta.<db>.<collection>} (a counter; H2's own types hold it without Java serialization), and
 * {@code <db>.<collection>._index_<name>} (a unique index). MVStore does not record a map's types, so a map
 * must be opened with the same types every time: here, by the database and by the migration alike.
 */
final class StoreMaps {

    private static final String DOCUMENTS = "databases.";
    private static final String META = "meta.";
    private static final String INDEX = "._index_";

    private StoreMaps() {
    }

    static String documentsOf(String collectionNamespace) {
        return DOCUMENTS + collectionNamespace;
    }

    static String metaOf(String collectionNamespace) {
        return META + collectionNamespace;
    }

    static String indexOf(String collectionNamespace, String indexName) {
        return collectionNamespace + INDEX + indexName;
    }

    static MVMap<Object, Document> documents(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<Object, Document>()
                .keyType(new StoredValueType()).valueType(new BsonDocumentType()));
    }

    static MVMap<KeyValue, Object> uniqueIndex(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<KeyValue, Object>()
                .keyType(new IndexKeyType()).valueType(new StoredValueType()));
    }

    static boolean holdsDocuments(String mapName) {
        return mapName.startsWith(DOCUMENTS);
    }

    static boolean holdsIndexKeys(String mapName) {
        return !holdsDocuments(mapName) && !mapName.startsWith(META) && mapName.contains(INDEX);
    }

    /** Whether the map belongs to the database: its documents, counters and indexes. */
    static boolean ofDatabase(String mapName, String databaseName) {
        String namespace = databaseName + ".";
        return mapName.startsWith(DOCUMENTS + namespace) || mapName.startsWith(META + namespace)
                || mapName.startsWith(namespace) && mapName.contains(INDEX);
    }
}
