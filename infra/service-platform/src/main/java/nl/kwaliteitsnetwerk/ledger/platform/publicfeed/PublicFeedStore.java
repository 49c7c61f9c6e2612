package nl.kwaliteitsnetwerk.ledger.platform.publicfeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicDisclosure;
import org.bson.Document;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

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

    /** Entries by position and states by aggregate, each collection in one round trip. */
    public void saveAll(Map<Long, String> entryJsons, Map<String, Disclosed> disclosed) {
        if (!entryJsons.isEmpty()) {
            entries.bulkWrite(entryJsons.entrySet().stream().map(e -> new ReplaceOneModel<>(Filters.eq("_id", e.getKey()),
                    new Document("_id", e.getKey()).append("json", e.getValue()), UPSERT)).toList());
        }
        if (!disclosed.isEmpty()) {
            states.bulkWrite(disclosed.entrySet().stream().map(e -> new ReplaceOneModel<>(Filters.eq("_id", e.getKey()),
                    new Document("_id", e.getKey()).append("state", e.getValue().state().toString())
                            .append("position", e.getValue().position()), UPSERT)).toList());
        }
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

    /** For a replay from the start: every state is built again, and every entry rewritten the same. */
    public void forgetStates() {
        states.deleteMany(new Document());
    }
}
