package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

/**
 * The deadlines as documents, one per scheduled deadline. The hot collection holds those still to fire
 * (SCHEDULED, CLAIMED) and those parked; one that fired or was cancelled stays for a retention (to be looked at
 * where it is) and is then moved, unchanged, to {@code deadlines_done} by a poll ({@link #archiveFinished}), so the
 * hot collection holds little but pending deadlines and nothing that was stored is lost. Every change of state is a compare-and-set on the document's {@code _id}
 * and the state (and lease) it was seen in, so of several instances that see a due deadline at once exactly one
 * claims it.
 * <p>
 * The polls' filters lead with {@code state}, and {@link #createIndexes} asks for {@code {state, dueAt}} and
 * {@code {state, leaseUntil}}: a real MongoDB answers each poll from them. The embedded mongo-java-server of the
 * local profile and the tests records a non-unique index (it is listed) but keeps no such index, so it still
 * scans the hot collection on every poll; that collection holds only the pending and parked deadlines.
 */
final class DeadlineDocuments {

    private static final Logger log = LoggerFactory.getLogger(DeadlineDocuments.class);

    static final String SCHEDULED = "SCHEDULED";
    static final String CLAIMED = "CLAIMED";
    static final String DONE = "DONE";
    static final String CANCELLED = "CANCELLED";
    /** Given up on: its firing failed too often, or it cannot be read. Only an administrator re-arms it. */
    static final String PARKED = "PARKED";

    private final MongoCollection<Document> deadlines;
    private final MongoCollection<Document> finished;

    /** The hot collection and the archive of finished deadlines, in the service's own database. */
    static final String COLLECTION = "deadlines";
    static final String FINISHED_COLLECTION = "deadlines_done";

    DeadlineDocuments(MongoDatabase database) {
        this.deadlines = database.getCollection(COLLECTION);
        this.finished = database.getCollection(FINISHED_COLLECTION);
    }

    /**
     * The indexes the polls and the parked list are answered from. A server that refuses one does not stop the
     * service (the filters still work by scanning); it is logged once at start.
     */
    void createIndexes() {
        for (Bson keys : List.of(Indexes.ascending("state", "dueAt"), Indexes.ascending("state", "leaseUntil"))) {
            try {
                deadlines.createIndex(keys);
            } catch (MongoException refused) {
                log.warn("The deadline index {} could not be created; polls scan the collection", keys, refused);
            }
        }
    }

    void insert(StoredDeadline deadline, Instant scheduledAt) {
        deadlines.insertOne(new Document("_id", deadline.id())
                .append("name", deadline.name())
                .append("scope", deadline.scope())
                .append("scopeType", deadline.scopeType())
                .append("payloadType", deadline.payloadType())
                .append("payloadRevision", deadline.payloadRevision())
                .append("payload", deadline.payload())
                .append("metaData", deadline.metaData())
                .append("dueAt", Date.from(deadline.dueAt()))
                .append("state", SCHEDULED)
                .append("claims", 0)
                .append("scheduledAt", Date.from(scheduledAt)));
    }

    /** Undoes an insert whose unit of work rolled back: only while nobody claimed it. */
    void forget(String id) {
        deadlines.deleteOne(and(eq("_id", id), eq("state", SCHEDULED)));
    }

    Optional<Document> find(String id) {
        return Optional.ofNullable(deadlines.find(eq("_id", id)).first());
    }

    /** Due scheduled deadlines, and claimed ones whose lease ran out (their instance is taken to be gone). */
    List<Document> claimable(Instant now, int limit) {
        List<Document> found = new ArrayList<>();
        Date at = Date.from(now);
        deadlines.find(and(eq("state", SCHEDULED), lte("dueAt", at))).sort(Sorts.ascending("dueAt")).limit(limit)
                .into(found);
        deadlines.find(and(eq("state", CLAIMED), lte("leaseUntil", at))).sort(Sorts.ascending("dueAt")).limit(limit)
                .into(found);
        return found;
    }

    /**
     * Claims {@code seen} for {@code owner} until {@code now + lease}, if it is still in the state (and lease)
     * it was seen in: the one compare-and-set that decides which instance fires it.
     */
    Optional<Document> claim(Document seen, String owner, Instant now, Duration lease) {
        // MongoDB applies a findOneAndUpdate to one document atomically; the embedded wire server (mongo-java-server)
        // does not: two threads of one process could both pass its filter. Claims from one process are therefore
        // made one at a time; across processes the server's own atomicity is what decides, as in production.
        synchronized (CLAIMS) {
            return compareAndClaim(seen, owner, now, lease);
        }
    }

    private static final Object CLAIMS = new Object();

    private Optional<Document> compareAndClaim(Document seen, String owner, Instant now, Duration lease) {
        Bson unchanged = CLAIMED.equals(seen.getString("state"))
                ? and(eq("_id", seen.get("_id")), eq("state", CLAIMED), eq("leaseUntil", seen.getDate("leaseUntil")))
                : and(eq("_id", seen.get("_id")), eq("state", SCHEDULED));
        return Optional.ofNullable(deadlines.findOneAndUpdate(unchanged,
                Updates.combine(Updates.set("state", CLAIMED), Updates.set("owner", owner),
                        Updates.set("leaseUntil", Date.from(now.plus(lease))), Updates.inc("claims", 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    /** Done, if this owner still holds the claim it fired under. */
    boolean markDone(Document claimed, Instant now) {
        return deadlines.updateOne(heldBy(claimed), Updates.combine(Updates.set("state", DONE),
                Updates.set("firedAt", Date.from(now)), Updates.set("finishedAt", Date.from(now)),
                Updates.unset("leaseUntil"))).getModifiedCount() == 1;
    }

    /**
     * Parked, if this owner still holds the claim: with the class of the last failure (never its message, which
     * may quote user text), so that no instance claims it again until an administrator re-arms it.
     */
    boolean markParked(Document claimed, String failureClass, Instant now) {
        return deadlines.updateOne(heldBy(claimed), Updates.combine(Updates.set("state", PARKED),
                Updates.set("lastFailure", failureClass), Updates.set("parkedAt", Date.from(now)),
                Updates.unset("leaseUntil"))).getModifiedCount() == 1;
    }

    /** The parked deadlines, the oldest parking first, at most {@code limit}. */
    List<Document> parked(int limit) {
        return deadlines.find(eq("state", PARKED)).sort(Sorts.ascending("parkedAt")).limit(limit)
                .into(new ArrayList<>());
    }

    long countParked() {
        return deadlines.countDocuments(eq("state", PARKED));
    }

    /**
     * A parked deadline scheduled again, due at once, with its attempts counted from zero; false if it is not
     * (or no longer) parked. The earlier failure stays on the document until the next one replaces it.
     */
    boolean rearm(String id, Instant now) {
        return deadlines.updateOne(and(eq("_id", id), eq("state", PARKED)), Updates.combine(
                Updates.set("state", SCHEDULED), Updates.set("claims", 0), Updates.set("rearmedAt", Date.from(now)),
                Updates.unset("owner"))).getModifiedCount() == 1;
    }

    /**
     * Moves up to {@code limit} deadlines that fired or were cancelled before {@code finishedBefore} to the archive
     * (and those finished before this field was kept, which have none). Neither state changes again, so an
     * instance racing another copies the same document (the replace is keyed on {@code _id}) and one delete wins.
     */
    int archiveFinished(Instant finishedBefore, int limit) {
        int moved = 0;
        Bson old = or(lte("finishedAt", Date.from(finishedBefore)), exists("finishedAt", false));
        for (Document done : deadlines.find(and(in("state", DONE, CANCELLED), old)).limit(limit)) {
            finished.replaceOne(eq("_id", done.get("_id")), done, new ReplaceOptions().upsert(true));
            moved += (int) deadlines.deleteOne(and(eq("_id", done.get("_id")), eq("state", done.getString("state"))))
                    .getDeletedCount();
        }
        return moved;
    }

    /**
     * A firing that failed (another instance changed the aggregate meanwhile, say): any instance tries again from
     * {@code retryAt}.
     */
    void markFailed(Document claimed, String failure, Instant retryAt) {
        deadlines.updateOne(heldBy(claimed), Updates.combine(Updates.set("lastFailure", failure),
                Updates.set("leaseUntil", Date.from(retryAt))));
    }


    /**
     * The deadlines of this name (in this scope, if given) that have not fired: those a cancellation concerns, a
     * parked one among them (the state it was for has moved on, so it need not be re-armed).
     */
    List<String> cancellable(String name, String scope) {
        Bson named = scope == null ? eq("name", name) : and(eq("name", name), eq("scope", scope));
        List<String> ids = new ArrayList<>();
        deadlines.find(and(in("state", SCHEDULED, CLAIMED, PARKED), named)).forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    /** Cancels these deadlines, those that have not fired meanwhile. */
    void cancel(List<String> ids, Instant now) {
        if (!ids.isEmpty()) {
            deadlines.updateMany(and(in("_id", ids), in("state", SCHEDULED, CLAIMED, PARKED)),
                    Updates.combine(Updates.set("state", CANCELLED), Updates.set("finishedAt", Date.from(now))));
        }
    }

    private static Bson heldBy(Document claimed) {
        return and(eq("_id", claimed.get("_id")), eq("state", CLAIMED), eq("owner", claimed.getString("owner")),
                eq("leaseUntil", claimed.getDate("leaseUntil")));
    }
}
