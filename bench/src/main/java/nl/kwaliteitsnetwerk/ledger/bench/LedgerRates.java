package nl.kwaliteitsnetwerk.ledger.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerVerifier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The ledger's own figures: how fast a tracking processor catches up from the beginning, and how fast
 * the whole chain verifies beside plain SHA-256 over the same stored bytes.
 */
final class LedgerRates {

    private LedgerRates() {
    }

    /** Events per second the read model's processor takes to replay the whole store from its start. */
    static double catchUpEventsPerSecond(EventProcessingConfiguration processing, String processor, long events,
                                         long headPosition) throws InterruptedException {
        TrackingEventProcessor tracking = processing.eventProcessor(processor, TrackingEventProcessor.class).orElseThrow();
        tracking.shutDown();
        while (tracking.isRunning() || tracking.activeProcessorThreads() > 0) {
            Thread.sleep(10);
        }
        tracking.resetTokens();
        long start = System.nanoTime();
        // a restart can race the processor's own worker launcher; start again until a worker runs
        while (tracking.activeProcessorThreads() == 0) {
            tracking.start();
            Thread.sleep(100);
        }
        // a replay ends only at the first event after the reset point, so wait for the position, not the replay flag
        while (tracking.processingStatus().isEmpty() || tracking.processingStatus().values().stream()
                .anyMatch(s -> s.getCurrentPosition().orElse(-1) < headPosition)) {
            Thread.sleep(20);
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    /** Commits per second {@link LedgerVerifier} checks, and plain SHA-256 over the same payload bytes. */
    static double[] verificationAndHashCommitsPerSecond(MongoDatabase database) throws Exception {
        long start = System.nanoTime();
        LedgerVerifier.Verification verification = new LedgerVerifier(database).verify();
        double verified = verification.commitsChecked() / ((System.nanoTime() - start) / 1e9);
        if (!verification.intact()) {
            throw new IllegalStateException("the bench's own ledger is broken: " + verification.problem());
        }
        MongoCollection<Document> commits = database.getCollection(LedgerStorageEngine.COMMITS);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        start = System.nanoTime();
        long hashed = 0;
        for (Document commit = commits.find(Filters.eq("_id", 0L)).first(); commit != null;
             commit = commits.find(Filters.eq("_id", ++hashed)).first()) {
            for (Document event : commit.getList("events", Document.class)) {
                sha256.update(event.getString("payload").getBytes(StandardCharsets.UTF_8));
                sha256.update(event.getString("metadata").getBytes(StandardCharsets.UTF_8));
            }
            sha256.digest();
        }
        double plain = hashed / ((System.nanoTime() - start) / 1e9);
        return new double[]{verified, plain};
    }

}
