package nl.kwaliteitsnetwerk.ledger.stack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The store opened on a file as the launcher opens it, with a client; closing it closes both, so that the file can be reopened. */
final class StoreSession implements AutoCloseable {

    private final EmbeddedMongo mongo;
    private final MongoClient client;

    private StoreSession(EmbeddedMongo mongo) {
        this.mongo = mongo;
        this.client = MongoClients.create(mongo.uri("admin"));
    }

    static StoreSession open(Path file) {
        return new StoreSession(EmbeddedMongo.persistent(file, "127.0.0.1", 0));
    }

    MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    /** The names of the file's maps, read while no server has it open. */
    static List<String> mapNames(Path file) {
        return inFile(file, store -> store.getMapNames().stream().sorted().toList());
    }

    /** Something read from the file itself, while no server has it open. */
    static <T> T inFile(Path file, Function<MVStore, T> read) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        try {
            return read.apply(store);
        } finally {
            store.close();
        }
    }

    @Override
    public void close() {
        client.close();
        mongo.close();
    }
}
