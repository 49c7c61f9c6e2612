package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An Axon event storage engine that makes the event store a ledger (shared-kernel's LEDGER.md).
 * <ul>
 *   <li>One document per commit (the events one unit of work appends to one aggregate), inserted
 *       atomically, keyed by its <b>position</b>: gap-free and strictly increasing, allocated by the
 *       insert itself (an insert that finds the position taken retries at the next one), so several
 *       instances may append at once.</li>
 *   <li>A unique key on (aggregate id, first sequence number): a conflicting append fails as Axon's
 *       {@link ConcurrencyException}.</li>
 *   <li>Tracking reads positions in order, by runs of exact keys in one query, and never passes a position
 *       that is not there yet; there is no look-back window. A token is {@code position·2^16 + index in commit}.</li>
 *   <li>Each commit stores its content digest, its link in the store's chain and in its aggregate's chain;
 *       each aggregate's head (the last sequence appended, and the positions of its commits) is recorded
 *       beside the commits.</li>
 *   <li>Every read verifies what it reads (see {@link AggregateCommits} and the tracking reader): a break is
 *       alarmed through {@link LedgerIntegrity} and refused with {@link LedgerIntegrityException}, so nothing
 *       is decided or served on a broken record and nothing is appended to it.</li>
 * </ul>
 * Every hot path is an exact-key lookup on a unique key, or a run of them ({@code _id: {$in: [...]}}), which the
 * embedded server serves without a scan; so is finding the store's end ({@link PositionRuns#last}).
 */
public class LedgerStorageEngine extends AbstractEventStorageEngine {

    public static final String COMMITS = "ledger_commits";
    public static final String SNAPSHOTS = "ledger_snapshots";
    /** Per aggregate the last sequence number appended: what an aggregate's read must reach. */
    public static final String AGGREGATE_HEADS = "ledger_aggregates";
    static final String AGGREGATE_KEY = "aggregate_first_sequence";
    static final int INDEX_BITS = 16;

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> digests;
    private final LedgerIntegrity integrity;
    private final CommitAppender appender;
    private final Map<String, AggregateTip> tips = new ConcurrentHashMap<>();

    protected LedgerStorageEngine(Builder builder) {
        super(builder);
        this.commits = builder.database.getCollection(COMMITS);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        this.heads = builder.database.getCollection(AGGREGATE_HEADS);
        this.digests = builder.database.getCollection(LedgerDigests.DIGESTS);
        this.integrity = builder.integrity;
        this.appender = new CommitAppender(commits, heads, digests, integrity);
    }

    public static Builder builder() {
        return new Builder();
    }

    public void ensureIndexes() {
        commits.createIndex(Indexes.ascending("aggregateId", "firstSequence"),
                new IndexOptions().unique(true).name(AGGREGATE_KEY));
    }

    // --- appending ---

    /**
     * Called by Axon as the unit of work prepares to commit, on the thread that handled the command. Each run of
     * events of one aggregate is one commit; its link in its aggregate's chain is made here, and the
     * {@link CommitAppender} stores it with whatever other units of work append at the same moment.
     */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<PendingCommit> pending = new ArrayList<>();
        Map<String, AggregateTip> inThisUnit = new HashMap<>();
        List<CommittedEvent> run = new ArrayList<>();
        for (EventMessage<?> event : events) {
            CommittedEvent committed = committed(event, serializer);
            if (!run.isEmpty() && !run.get(0).aggregateId().equals(committed.aggregateId())) {
                pending.add(pendingCommit(run, inThisUnit));
                run = new ArrayList<>();
            }
            run.add(committed);
        }
        if (!run.isEmpty()) {
            pending.add(pendingCommit(run, inThisUnit));
        }
        try {
            appender.append(pending);
        } catch (RuntimeException | Error failed) {
            pending.forEach(commit -> tips.remove(commit.aggregateId()));
            throw failed;
        }
        pending.forEach(commit -> tips.put(commit.aggregateId(), new AggregateTip(commit.lastSequence(), commit.aggregateHash())));
    }

    /** A unit of work may append to one aggregate in two runs: the second links to the first, not yet stored. */
    private PendingCommit pendingCommit(List<CommittedEvent> run, Map<String, AggregateTip> inThisUnit) {
        String aggregateId = run.get(0).aggregateId();
        AggregateTip tip = inThisUnit.containsKey(aggregateId) ? inThisUnit.get(aggregateId)
                : tipBefore(aggregateId, run.get(0).sequenceNumber());
        PendingCommit commit = PendingCommit.after(run, tip.hash());
        inThisUnit.put(aggregateId, new AggregateTip(commit.lastSequence(), commit.aggregateHash()));
        return commit;
    }

    /** From where this instance appended last, when it has: the store cannot legitimately end below that. */
    private Document lastCommit() {
        return appender.lastCommit();
    }

    /**
     * The aggregate's chain just before {@code firstSequence}: from the cache if it ends right there (the
     * load that decided the command put it there), else by a verified walk of the aggregate's commits.
     */
    private AggregateTip tipBefore(String aggregateId, long firstSequence) {
        AggregateTip cached = tips.get(aggregateId);
        if (cached != null && cached.lastSequence() == firstSequence - 1) {
            return cached;
        }
        AggregateTip tip = new AggregateTip(-1, LedgerHash.GENESIS);
        for (Document commit : verifiedCommitsOf(aggregateId).commits()) {
            if (commit.getLong("firstSequence") >= firstSequence) {
                break;
            }
            tip = new AggregateTip(commit.getLong("lastSequence"), LedgerHash.fromHex(commit.getString("aggregateHash")));
        }
        return tip;
    }

    /** The aggregate's commits, every one verified, or the refusal that names the first break. */
    private AggregateCommits.Walk verifiedCommitsOf(String aggregateId) {
        AggregateCommits.Walk walk = AggregateCommits.walk(commits, heads, aggregateId);
        if (!walk.intact()) {
            throw integrity.refuse(walk.breaks());
        }
        return walk;
    }

    // --- reading one aggregate ---

    /** Loads, trails and as-of reads all come here: the whole aggregate is verified before any of it is served. */
    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateId, long firstSequenceNumber) {
        AggregateCommits.Walk walk = verifiedCommitsOf(aggregateId);
        List<DomainEventData<?>> events = new ArrayList<>();
        for (Document commit : walk.commits()) {
            for (Document event : commit.getList("events", Document.class)) {
                if (event.getLong("sequenceNumber") >= firstSequenceNumber) {
                    events.add(LedgerDocuments.domainEvent(commit, event));
                }
            }
        }
        if (walk.end().lastSequence() >= 0) {
            tips.put(aggregateId, new AggregateTip(walk.end().lastSequence(), walk.end().hash()));
        }
        return events.stream();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateId) {
        long last = verifiedCommitsOf(aggregateId).end().lastSequence();
        return last < 0 ? Optional.empty() : Optional.of(last);
    }

    // --- tracking ---

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken lastToken, boolean mayBlock) {
        long position = 0;
        long afterIndex = -1;
        TrackingToken last = WrappedToken.unwrapLowerBound(lastToken);
        if (last != null) {
            long index = ((GlobalSequenceTrackingToken) last).getGlobalIndex();
            position = index >>> INDEX_BITS;
            afterIndex = index & ((1L << INDEX_BITS) - 1);
        }
        Iterator<TrackedEventData<?>> events = new TrackingIterator(position, afterIndex);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED), false);
    }

    static GlobalSequenceTrackingToken token(long position, int indexInCommit) {
        return new GlobalSequenceTrackingToken((position << INDEX_BITS) | indexInCommit);
    }

    /** The position of the commit that holds the event a token of this engine points at. */
    public static long positionOf(TrackingToken token) {
        return ((GlobalSequenceTrackingToken) WrappedToken.unwrapLowerBound(token)).getGlobalIndex() >>> INDEX_BITS;
    }

    /** The index, within its commit, of the event a token of this engine points at. */
    public static int indexInCommit(TrackingToken token) {
        return (int) (((GlobalSequenceTrackingToken) WrappedToken.unwrapLowerBound(token)).getGlobalIndex()
                & ((1L << INDEX_BITS) - 1));
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        Document last = lastCommit();
        return last == null ? null : token(last.getLong("_id"), last.getList("events", Document.class).size() - 1);
    }

    /** The token just before the first commit at or after {@code at}: a binary search over positions by exact key. */
    @Override
    public TrackingToken createTokenAt(Instant at) {
        Document last = lastCommit();
        if (last == null) {
            return null;
        }
        long low = 0;
        long high = last.getLong("_id") + 1;
        while (low < high) {
            long middle = (low + high) >>> 1;
            Instant committedAt = committedAt(middle);
            if (committedAt.isBefore(at)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        if (low == 0) {
            return null;
        }
        Document before = commitAt(commits, low - 1);
        return token(low - 1, before.getList("events", Document.class).size() - 1);
    }

    private Instant committedAt(long position) {
        Document commit = commitAt(commits, position);
        try {
            return Instant.parse(commit.getString("committedAt"));
        } catch (RuntimeException unreadable) {
            throw integrity.refuse(List.of(commit == null
                    ? new LedgerBreak(position, null, LedgerBreak.Kind.REMOVED, "position " + position + " is missing while later ones exist")
                    : CommitChecks.at(commit, LedgerBreak.Kind.ALTERED, "its commit time cannot be read")));
        }
    }

    /**
     * Reads commit after commit by position, verifying each (content digest, link in the store's chain,
     * link in its aggregate's chain where the aggregate's previous commit was read here), and stops at
     * the first position that is not there yet. A position missing while a later one exists was removed.
     * Positions are read by runs in one query ({@link PositionRuns}): a run starts small, so that tailing
     * the store's end stays cheap, and doubles while it comes back full, up to {@value PositionRuns#RUN}.
     */
    private final class TrackingIterator implements Iterator<TrackedEventData<?>> {
        private static final int AGGREGATES_REMEMBERED = 10_000;

        private long position;
        private long afterIndex;
        private byte[] previousChainHash;
        private int runLength = PositionRuns.FIRST_PROBE;
        private final List<TrackedEventData<?>> buffer = new ArrayList<>();
        private final Map<String, CommitChecks.AggregateLink> aggregates = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CommitChecks.AggregateLink> eldest) {
                return size() > AGGREGATES_REMEMBERED;
            }
        };
        private boolean exhausted;

        TrackingIterator(long position, long afterIndex) {
            this.position = position;
            this.afterIndex = afterIndex;
        }

        @Override
        public boolean hasNext() {
            while (buffer.isEmpty() && !exhausted) {
                readRun();
            }
            return !buffer.isEmpty();
        }

        /**
         * One run from {@code position}: its commits in order up to the first missing position. Missing while
         * a later one of the run exists, and still missing when read again (on MongoDB a query is no snapshot,
         * and an appender writes a position only after the one before it), it was removed; found on the
         * second read, it was being written, and the next run starts there. The events read before it are
         * handed out first, as a read of one position at a time would, and the next run meets it again.
         * Missing with the position after it missing too, it is not there yet; when the run ended right at
         * it, the next run looks further.
         */
        private void readRun() {
            long from = position;
            List<Document> run = PositionRuns.run(commits, from, runLength);
            for (Document commit : run) {
                if (PositionRuns.position(commit) != position) {
                    if (buffer.isEmpty() && commitAt(commits, position) == null) {
                        throw integrity.refuse(List.of(new LedgerBreak(position, null, LedgerBreak.Kind.REMOVED,
                                "position " + position + " is missing while later ones exist")));
                    }
                    return;
                }
                read(commit);
            }
            boolean full = run.size() == runLength;
            exhausted = !full && position + 1 < from + runLength;
            runLength = full ? Math.min(runLength * 2, PositionRuns.RUN) : PositionRuns.FIRST_PROBE;
        }

        private void read(Document commit) {
            verify(commit);
            List<Document> events = commit.getList("events", Document.class);
            for (int i = (int) afterIndex + 1; i < events.size(); i++) {
                buffer.add(new TrackedDomainEventData<>(token(position, i), LedgerDocuments.domainEvent(commit, events.get(i))));
            }
            position++;
            afterIndex = -1;
        }

        private void verify(Document commit) {
            byte[] previous = previousChainHash != null ? previousChainHash : chainHashBefore(position);
            LedgerBreak broken = null;
            if (!CommitChecks.followsInStore(commit, position, previous)) {
                broken = StoreLinkBreaks.classify(commit, position, previous, p -> commitAt(commits, p));
                if (broken == null) {
                    broken = CommitChecks.at(commit, LedgerBreak.Kind.REORDERED,
                            "the commit before it is not the one it was committed after");
                }
            }
            if (broken == null) {
                broken = CommitChecks.content(commit);
            }
            if (broken == null) {
                CommitChecks.AggregateLink known = aggregates.get(commit.getString("aggregateId"));
                broken = CommitChecks.aggregateLink(commit, known != null ? known : CommitChecks.linkBefore(commit));
            }
            if (broken != null) {
                throw integrity.refuse(List.of(broken));
            }
            previousChainHash = CommitChecks.chainHash(commit);
            aggregates.put(commit.getString("aggregateId"), CommitChecks.linkAfter(commit));
        }

        private byte[] chainHashBefore(long position) {
            if (position == 0) {
                return LedgerHash.GENESIS;
            }
            Document before = commitAt(commits, position - 1);
            if (before == null) {
                throw integrity.refuse(List.of(new LedgerBreak(position - 1, null, LedgerBreak.Kind.REMOVED,
                        "position " + (position - 1) + " is missing while later ones exist")));
            }
            return CommitChecks.chainHash(before);
        }

        @Override
        public TrackedEventData<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffer.remove(0);
        }
    }

    /** The commit at {@code position}, or null where the store holds none: the one read of a commit by position. */
    public static Document commitAt(MongoCollection<Document> commits, long position) {
        return commits.find(Filters.eq("_id", position)).first();
    }

    // --- snapshots ---

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        CommittedEvent event = committed(snapshot, serializer);
        snapshots.replaceOne(Filters.eq("_id", event.aggregateId()), LedgerDocuments.snapshot(event),
                new ReplaceOptions().upsert(true));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        Document snapshot = snapshots.find(Filters.eq("_id", aggregateId)).first();
        return snapshot == null ? Stream.empty() : Stream.of(LedgerDocuments.snapshotEvent(snapshot));
    }

    // --- what a commit holds of an event ---

    private static String aggregateOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    }

    private static CommittedEvent committed(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = serializer.serialize(event.getPayload(), String.class);
        SerializedObject<String> metaData = serializer.serialize(event.getMetaData(), String.class);
        boolean domain = event instanceof DomainEventMessage<?>;
        return new CommittedEvent(domain ? ((DomainEventMessage<?>) event).getType() : "",
                aggregateOf(event), domain ? ((DomainEventMessage<?>) event).getSequenceNumber() : 0,
                event.getIdentifier(), event.getTimestamp().toString(), payload.getType().getName(),
                payload.getType().getRevision(), payload.getData(), metaData.getData());
    }

    private record AggregateTip(long lastSequence, byte[] hash) {
    }

    /** Builds the engine on a MongoDB database; serializers and upcasters as for any Axon engine. */
    public static class Builder extends AbstractEventStorageEngine.Builder {
        private MongoDatabase database;
        private LedgerIntegrity integrity = new LedgerIntegrity();

        /** Where breaks met on read are alarmed; without it, in the log only. */
        public Builder integrity(LedgerIntegrity integrity) {
            this.integrity = integrity;
            return this;
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        public LedgerStorageEngine build() {
            if (database == null) {
                throw new IllegalStateException("the ledger needs a database");
            }
            return new LedgerStorageEngine(this);
        }
    }
}
