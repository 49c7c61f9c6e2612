package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import nl.kwaliteitsnetwerk.ledger.validation.parking.ParkedList;

/**
 * The records the trail parked, one document each, keyed by source topic, partition and offset, so a
 * record parked twice (the recoverer ran again after a failure) is listed once.
 */
public class ParkedRecords extends ParkedList<ParkedRecord> {

    public static final String COLLECTION = "trail_parked";

    public ParkedRecords(MongoDatabase database, ObjectMapper mapper) {
        super(database.getCollection(COLLECTION), mapper, ParkedRecord.class);
    }
}
