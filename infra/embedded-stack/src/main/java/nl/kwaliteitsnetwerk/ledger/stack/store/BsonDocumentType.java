package nl.kwaliteitsnetwerk.ledger.stack.store;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;

/**
 * A collection's documents kept as BSON. H2's default type Java-serializes them, a new object stream for
 * every document at every commit and every page read, several times slower than BSON and larger.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    /**
     * What a decoded document costs on the heap, estimated as twice its bytes and averaged over the
     * documents written, as H2's own type estimates it; the cache and page splits depend on it.
     */
    private volatile int averageMemory = 2048;

    @Override
    public int getMemory(Document document) {
        return averageMemory;
    }

    @Override
    public void write(WriteBuffer buff, Document document) {
        int length = BsonBytes.write(buff, document, averageMemory / 2);
        averageMemory = (int) ((2L * length + 15L * averageMemory) / 16);
    }

    @Override
    public Document read(ByteBuffer buff) {
        return BsonBytes.read(buff);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
