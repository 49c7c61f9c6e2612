package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.bson.BsonDocument;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A client of the shared embedded server that keeps every command it sends: what a read asks the store, on the wire. */
final class WatchedClient implements AutoCloseable {

    private final List<BsonDocument> commands = new CopyOnWriteArrayList<>();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(SharedTestStack.get().mongo().uri("ledger-test")))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    commands.add(event.getCommand().clone());
                }
            }).build());

    MongoClient client() {
        return client;
    }

    /** Every command sent so far, in order; cleared to watch one step. */
    List<BsonDocument> commands() {
        return commands;
    }

    /** The filters of the {@code find} commands sent to {@code collection}, in order. */
    List<BsonDocument> findFilters(String collection) {
        return commands.stream()
                .filter(c -> c.containsKey("find") && c.getString("find").getValue().equals(collection))
                .map(c -> c.getDocument("filter", new BsonDocument()))
                .toList();
    }

    @Override
    public void close() {
        client.close();
    }
}
