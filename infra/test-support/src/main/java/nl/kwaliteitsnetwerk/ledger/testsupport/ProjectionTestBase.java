package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;

import java.util.List;
import java.util.UUID;
import java.util.function.ObjLongConsumer;

/**
 * A projection tested without Spring: events in, query answers out, its views kept in a database of the
 * embedded Mongo server of its own, so that no two tests see each other's views.
 */
public abstract class ProjectionTestBase {

    private final MongoClient client = MongoClients.create(SharedTestStack.get().mongo().uri("projection-test"));
    private final MongoDatabase database = client.getDatabase("projection-" + UUID.randomUUID());

    /** A collection of this test's own database. */
    protected MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    /** Writes dates as ISO-8601 text, as the services' own mapper does. */
    protected static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Hands each of {@code events} to {@code handler} in order, its position in the list as its sequence number. */
    protected static <E> void inOrder(List<Object> events, Class<E> type, ObjLongConsumer<E> handler) {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            handler.accept(type.cast(events.get(sequence)), sequence);
        }
    }

    @AfterEach
    void closeClient() {
        client.close();
    }
}
