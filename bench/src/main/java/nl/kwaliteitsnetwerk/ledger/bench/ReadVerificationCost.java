package nl.kwaliteitsnetwerk.ledger.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerVerifier;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;

import java.util.List;

/**
 * What verifying on read costs, measured in one run beside the same reads without the checks: an
 * aggregate's commits read by key (as a command's load does) verified against read plain, and the store
 * read by position (as tracking does) through the engine's verifying reader against read plain.
 */
final class ReadVerificationCost {

    private static final int LOADS = 20;

    private ReadVerificationCost() {
    }

    /** Commits per second: an aggregate's load verified, the same keys read plain, tracking verified, positions read plain. */
    record Rates(double loadVerified, double loadPlain, double trackingVerified, double trackingPlain) {

        double loadRatio() {
            return loadVerified / loadPlain;
        }

        double trackingRatio() {
            return trackingVerified / trackingPlain;
        }
    }

    static Rates measure(MongoDatabase database, EventStorageEngine engine, String aggregateId) {
        MongoCollection<Document> commits = database.getCollection(LedgerStorageEngine.COMMITS);
        LedgerVerifier verifier = new LedgerVerifier(database);
        long start = System.nanoTime();
        long verified = 0;
        for (int i = 0; i < LOADS; i++) {
            LedgerVerifier.Verification one = verifier.verifyAggregate(aggregateId);
            if (!one.intact()) {
                throw new IllegalStateException("the bench's own ledger is broken: " + one.problem());
            }
            verified += one.commitsChecked();
        }
        double loadVerified = verified / seconds(start);
        start = System.nanoTime();
        long plain = 0;
        for (int i = 0; i < LOADS; i++) {
            for (Document commit = byKey(commits, aggregateId, 0); commit != null;
                 commit = byKey(commits, aggregateId, commit.getLong("lastSequence") + 1)) {
                touch(commit);
                plain++;
            }
        }
        double loadPlain = plain / seconds(start);

        start = System.nanoTime();
        long tracked = engine.readEvents(null, false).count();
        double trackingVerified = tracked / seconds(start);
        start = System.nanoTime();
        long read = 0;
        long position = 0;
        for (Document commit = commits.find(Filters.eq("_id", position)).first(); commit != null;
             commit = commits.find(Filters.eq("_id", ++position)).first()) {
            read += touch(commit);
        }
        double trackingPlain = read / seconds(start);
        return new Rates(loadVerified, loadPlain, trackingVerified, trackingPlain);
    }

    private static Document byKey(MongoCollection<Document> commits, String aggregateId, long firstSequence) {
        return commits.find(new Document("aggregateId", aggregateId).append("firstSequence", firstSequence)).first();
    }

    /** Reads what a plain reader would hand on: each event's payload and metadata. */
    private static int touch(Document commit) {
        List<Document> events = commit.getList("events", Document.class);
        int length = 0;
        for (Document event : events) {
            length += event.getString("payload").length() + event.getString("metadata").length();
        }
        return length >= 0 ? events.size() : 0;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
