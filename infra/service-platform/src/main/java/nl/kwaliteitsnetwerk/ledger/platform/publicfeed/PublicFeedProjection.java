package nl.kwaliteitsnetwerk.ledger.platform.publicfeed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicDisclosure;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;
import nl.kwaliteitsnetwerk.ledger.platform.eventstore.BeforeTokenIsStored;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.platform.publicfeed.PublicFeedStore.Disclosed;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.CopiedEvent;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventPublisher;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows the ledger commit by commit and tells each one on the public feed: its position and
 * digests always, and the public facts {@link PublicDisclosure} finds in it. Each entry is published
 * on Kafka; at the end of the processor's batch the entries are stored (for the HTTP feed) with each
 * aggregate's disclosure state, and the broker's acknowledgements awaited, before the token advances. A retry finds the entry already stored and
 * publishes the same bytes again, so every receiver sees one entry per position, at least once.
 */
@ProcessingGroup(PublicFeedProjection.PROCESSING_GROUP)
public class PublicFeedProjection {

    public static final String PROCESSING_GROUP = "public-feed";
    private static final String BATCH_RESOURCE = PublicFeedProjection.class.getName() + ".batch";

    private final PublicFeedStore store;
    private final MongoCollection<Document> commits;
    private final EventStore eventStore;
    private final List<IntegrationEventTranslator> translators;
    private final PublicFeedPublisher publisher;
    private final String ledger;
    private final PrivateKey signingKey;

    public PublicFeedProjection(PublicFeedStore store, MongoCollection<Document> commits, EventStore eventStore,
                                List<IntegrationEventTranslator> translators, PublicFeedPublisher publisher,
                                String ledger, PrivateKey signingKey) {
        this.store = store;
        this.commits = commits;
        this.eventStore = eventStore;
        this.translators = List.copyOf(translators);
        this.publisher = publisher;
        this.ledger = ledger;
        this.signingKey = signingKey;
    }

    /** A commit is told once, at its last event, when all it holds is known. */
    @EventHandler
    public void on(Object payload, DomainEventMessage<?> message, TrackingToken token) throws Exception {
        long position = LedgerStorageEngine.positionOf(token);
        Document commit = LedgerStorageEngine.commitAt(commits, position);
        if (commit == null) {
            throw new IllegalStateException("the ledger has no commit at position " + position + " it just delivered");
        }
        int size = commit.getList("events", Document.class).size();
        if (LedgerStorageEngine.indexInCommit(token) < size - 1) {
            return;
        }
        String aggregateId = commit.getString("aggregateId");
        Batch batch = batch();
        Disclosed before = batch.disclosed.containsKey(aggregateId) ? batch.disclosed.get(aggregateId) : store.disclosed(aggregateId);
        Optional<String> told = before.position() >= position ? store.entry(position) : Optional.empty();
        String json = told.isPresent() ? told.get() : tell(commit, size == 1 ? List.of(message) : eventsOf(commit), before, batch);
        publisher.publish(aggregateId, json);
        if (!CurrentUnitOfWork.isStarted()) {
            batch.write(store);
        }
    }

    /**
     * What a processor batch tells, written once at its end, before the token is stored: the entries,
     * and each aggregate's state after its last commit in the batch.
     */
    private static final class Batch {
        private final Map<Long, String> entries = new LinkedHashMap<>();
        private final Map<String, Disclosed> disclosed = new LinkedHashMap<>();

        void write(PublicFeedStore store) {
            store.saveAll(entries, disclosed);
        }
    }

    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new Batch();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Batch batch = root.getResource(BATCH_RESOURCE);
        if (batch == null) {
            Batch started = new Batch();
            root.resources().put(BATCH_RESOURCE, started);
            BeforeTokenIsStored.atEndOfBatch(root, () -> started.write(store));
            batch = started;
        }
        return batch;
    }

    private String tell(Document commit, List<DomainEventMessage<?>> events, Disclosed before, Batch batch) {
        long position = commit.getLong("_id");
        ObjectNode state = before.state();
        List<PublicFact> facts = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            Optional<IntegrationEvent> integrationEvent = IntegrationEventPublisher.integrationEventOf(translators, event);
            if (integrationEvent.isPresent()) {
                PublicDisclosure.Outcome outcome = PublicDisclosure.disclose(state, integrationEvent.get());
                state = outcome.state();
                if (!CopiedEvent.isCopy(event)) {
                    facts.addAll(outcome.facts());
                }
            }
        }
        PublicFeedEntry entry = new PublicFeedEntry(PublicFeedEntry.FEED_VERSION, ledger, position,
                commit.getString("contentDigest"), commit.getString("chainHash"), facts, null);
        if (!facts.isEmpty()) {
            String signature = Base64.getEncoder().encodeToString(entry.attested().sign(signingKey));
            entry = new PublicFeedEntry(entry.feedVersion(), ledger, position, entry.contentDigest(), entry.chainHash(),
                    facts, signature);
        }
        String json = PublicFeedEntry.toJson(entry);
        batch.entries.put(position, json);
        batch.disclosed.put(commit.getString("aggregateId"), new Disclosed(state, position));
        return json;
    }

    /** The events of a commit of several, read back from the store (rare: most commits hold one event). */
    private List<DomainEventMessage<?>> eventsOf(Document commit) {
        long last = commit.getLong("lastSequence");
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(commit.getString("aggregateId"), commit.getLong("firstSequence")).asStream()
                .takeWhile(e -> e.getSequenceNumber() <= last)
                .forEach(events::add);
        return events;
    }

    @ResetHandler
    public void reset() {
        store.forgetStates();
    }
}
