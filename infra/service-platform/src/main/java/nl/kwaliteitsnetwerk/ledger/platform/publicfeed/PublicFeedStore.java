package nl.kwaliteitsnetwerk.ledger.platform.publicfeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicDisclosure;
import org.bson.Document;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public feed as stored: one entry per ledger position, under that position, as the exact JSON
 * that is served and published; and per aggregate the disclosure state after the last commit told.
 * Every read is an exact-key lookup.
 */
public class PublicFeedStore {

    static final String ENTRIES = "public_feed";
    static final String STATES = "public_feed_state";
    private static final ObjectMapper MAPPER = IntegrationEventCodec.mapper();

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> states;

    public PublicFeedStore(MongoDatabase database) {
        this.entries = database.getCollection(ENTRIES);
        this.states = database.getCollection(STATES);
    }

    /** An aggregate's disclosure state, and the position of the last commit it has taken in. */
    public record Disclosed(ObjectNode state, long position) {
    }

    public Optional<String> entry(long position) {
        return Optional.ofNullable(entries.find(Filters.eq("_id", position)).first()).map(d -> d.getString("json"));
    }

    /** Up to {@code limit} entries after {@code after}, in order, stopping at the first position not told yet. */
    public List<String> entriesAfter(long after, int limit) {
        List<String> page = new ArrayList<>();
        for (long position = after + 1; page.size() < limit; position++) {
            Optional<String> entry = entry(position);
            if (entry.isEmpty()) {
                break;
            }
            page.add(entry.get());
        }
        return page;
    }

    public void saveEntry(long position, String json) {
        entries.replaceOne(Filters.eq("_id", position), new Document("_id", position).append("json", json),
                new ReplaceOptions().upsert(true));
    }

    public Disclosed disclosed(String aggregateId) {
        Document state = states.find(Filters.eq("_id", aggregateId)).first();
        if (state == null) {
            return new Disclosed(PublicDisclosure.initialState(), -1);
        }
        try {
            return new Disclosed((ObjectNode) MAPPER.readTree(state.getString("state")), state.getLong("position"));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable disclosure state of " + aggregateId, e);
        }
    }

    public void saveDisclosed(String aggregateId, Disclosed disclosed) {
        states.replaceOne(Filters.eq("_id", aggregateId), new Document("_id", aggregateId)
                .append("state", disclosed.state().toString()).append("position", disclosed.position()),
                new ReplaceOptions().upsert(true));
    }

    /** For a replay from the start: every state is built again, and every entry rewritten the same. */
    public void forgetStates() {
        states.deleteMany(new Document());
    }
}
