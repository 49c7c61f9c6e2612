package nl.kwaliteitsnetwerk.ledger.validation.supervision.parking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import nl.kwaliteitsnetwerk.ledger.validation.parking.ParkedList;

/**
 * The records the calendars' feed parked, in a collection of their own (the trail parks by its own rules, in its
 * own consumer group): one document per source topic, partition and offset, so a record parked again is listed once.
 */
public class ParkedCalendarRecords extends ParkedList<ParkedCalendarRecord> {

    public static final String COLLECTION = "supervision_parked";

    public ParkedCalendarRecords(MongoDatabase database, ObjectMapper mapper) {
        super(database.getCollection(COLLECTION), mapper, ParkedCalendarRecord.class);
    }
}
