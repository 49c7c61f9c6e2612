package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One aggregate's run of events from one unit of work, ready to be stored: everything of its commit document
 * that does not depend on where in the store it lands. Its link in its aggregate's chain is made before it
 * waits for the appender, since it depends on the aggregate only; its position and its link in the store's
 * chain are given when a batch is written ({@link #at}).
 */
record PendingCommit(List<CommittedEvent> content, byte[] contentDigest, byte[] previousAggregateHash,
                     byte[] aggregateHash) {

    /**
     * The store takes a document of at most 16 MiB; a commit that could not be one is refused here, on its own
     * unit of work's thread, before it could fail the batch of other units of work it would be written with.
     */
    static final int MOST_CONTENT_BYTES = 15 * 1024 * 1024;

    static PendingCommit after(List<CommittedEvent> content, byte[] previousAggregateHash) {
        // three bytes a char is the most UTF-8 takes: only a commit that might be too large is measured exactly
        long upperBound = content.stream().mapToLong(e -> 3L * (e.payload().length() + e.metadata().length())).sum();
        long bytes = upperBound <= MOST_CONTENT_BYTES ? upperBound : content.stream().mapToLong(PendingCommit::utf8Bytes).sum();
        if (bytes > MOST_CONTENT_BYTES) {
            throw new IllegalArgumentException("a commit of " + bytes + " bytes is more than the store takes in one document");
        }
        byte[] digest = LedgerHash.contentDigest(content);
        long firstSequence = content.get(0).sequenceNumber();
        return new PendingCommit(List.copyOf(content), digest, previousAggregateHash,
                LedgerHash.aggregateChainHash(previousAggregateHash, firstSequence, digest));
    }

    private static long utf8Bytes(CommittedEvent event) {
        return (long) event.payload().getBytes(StandardCharsets.UTF_8).length + event.metadata().getBytes(StandardCharsets.UTF_8).length;
    }

    CommittedEvent first() {
        return content.get(0);
    }

    String aggregateId() {
        return first().aggregateId();
    }

    long firstSequence() {
        return first().sequenceNumber();
    }

    long lastSequence() {
        return content.get(content.size() - 1).sequenceNumber();
    }

    /** Its link in the store's chain at {@code position}, after {@code previousChainHash}. */
    byte[] chainHashAt(long position, byte[] previousChainHash) {
        return LedgerHash.chainHash(previousChainHash, position, contentDigest);
    }

    /** The commit document at {@code position}, linked after {@code previousChainHash} by {@code chainHash}. */
    Document at(long position, byte[] previousChainHash, byte[] chainHash) {
        return LedgerDocuments.commit(position, first(), firstSequence(), lastSequence(), content, contentDigest,
                previousChainHash, chainHash, previousAggregateHash, aggregateHash);
    }
}
