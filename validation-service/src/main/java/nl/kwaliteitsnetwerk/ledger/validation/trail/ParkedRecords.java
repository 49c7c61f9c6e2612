package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import org.bson.Document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The records the trail parked, one document each, keyed by source topic, partition and offset, so a
 * record parked twice (the recoverer ran again after a failure) is listed once.
 */
public class ParkedRecords {

    public static final String COLLECTION = "trail_parked";
    private static final Comparator<ParkedRecord> NEWEST_FIRST = Comparator.comparing(ParkedRecord::parkedAt).reversed()
            .thenComparing(ParkedRecord::id);

    private final MongoCollection<Document> collection;
    private final DocumentViews<ParkedRecord> records;

    public ParkedRecords(MongoDatabase database, ObjectMapper mapper) {
        this.collection = database.getCollection(COLLECTION);
        this.records = new DocumentViews<>(collection, mapper, ParkedRecord.class, ParkedRecord::id);
    }

    public void save(ParkedRecord record) {
        records.save(record);
    }

    /** The newest {@code limit} parked records, newest first. */
    public List<ParkedRecord> newest(int limit) {
        return records.findAll(List.of()).stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    /** Every parked record, newest first. */
    public List<ParkedRecord> all() {
        return records.findAll(List.of()).stream().sorted(NEWEST_FIRST).toList();
    }

    public Optional<ParkedRecord> last() {
        return newest(1).stream().findFirst();
    }

    public long count() {
        return collection.countDocuments();
    }
}
