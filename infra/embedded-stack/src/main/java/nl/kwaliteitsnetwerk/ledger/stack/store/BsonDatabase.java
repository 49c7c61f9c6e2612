package nl.kwaliteitsnetwerk.ledger.stack.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * A database of the embedded store whose documents and index keys are kept as BSON ({@link StoreMaps}):
 * the H2 backend's database with the project's map types. It extends the server's database directly, not
 * the H2 one, because the H2 one opens its collections from its constructor, before a subclass could hold
 * anything; here the store is set first and then the collections are opened.
 */
public final class BsonDatabase extends AbstractSynchronizedMongoDatabase<Object> {

    private final MVStore store;

    public BsonDatabase(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
        this.store = store;
        initializeNamespacesAndIndexes();
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        return new H2Collection(this, collectionName, options, StoreMaps.documents(store, StoreMaps.documentsOf(namespace)),
                store.openMap(StoreMaps.metaOf(namespace)), cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        String mapName = StoreMaps.indexOf(getFullCollectionNamespace(collectionName), indexName);
        return new BsonUniqueIndex(StoreMaps.uniqueIndex(store, mapName), indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(StoreMaps.indexOf(collection.getFullName(), indexName));
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String namespace = getFullCollectionNamespace(collectionName);
        store.removeMap(StoreMaps.documentsOf(namespace));
        store.removeMap(StoreMaps.metaOf(namespace));
    }

    /** Also what the server keeps for itself (the database's list of collections and of indexes). */
    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        store.getMapNames().stream().filter(name -> StoreMaps.ofDatabase(name, getDatabaseName())).toList()
                .forEach(store::removeMap);
    }

    /**
     * renameCollection: the maps keep their types and contents and take the new name, the indexes' maps too
     * (the H2 backend renames only the documents and the counter: the old index maps stayed in the file for
     * good, and the server rebuilt the indexes from every document at the next start). Each map is renamed
     * as the open instance the collection uses, which keeps its types.
     */
    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        String from = collection.getFullName();
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String to = getFullCollectionNamespace(newCollectionName);
        store.renameMap(StoreMaps.documents(store, StoreMaps.documentsOf(from)), StoreMaps.documentsOf(to));
        store.renameMap(store.openMap(StoreMaps.metaOf(from)), StoreMaps.metaOf(to));
        for (Index<?> index : collection.getIndexes()) {
            String indexMap = StoreMaps.indexOf(from, index.getName());
            if (store.hasMap(indexMap)) {
                store.renameMap(StoreMaps.uniqueIndex(store, indexMap), StoreMaps.indexOf(to, index.getName()));
            }
        }
    }

    @Override
    protected long getStorageSize() {
        FileStore<?> file = store.getFileStore();
        return file == null ? 0 : file.size();
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }
}
