package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import nl.kwaliteitsnetwerk.ledger.kernel.ledger.CommittedEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import org.bson.Document;

import java.util.List;

/**
 * One aggregate's run of events from one unit of work, ready to be stored: everything of its commit document
 * that does not depend on where in the store it lands. Its link in its aggregate's chain is made before it
 * waits for the appender, since it depends on the aggregate only; its position and its link in the store's
 * chain are given when a batch is written ({@link #at}).
 */
record PendingCommit(List<CommittedEvent> content, byte[] contentDigest, byte[] previousAggregateHash,
                     byte[] aggregateHash) {

    static PendingCommit after(List<CommittedEvent> content, byte[] previousAggregateHash) {
        byte[] digest = LedgerHash.contentDigest(content);
        long firstSequence = content.get(0).sequenceNumber();
        return new PendingCommit(List.copyOf(content), digest, previousAggregateHash,
                LedgerHash.aggregateChainHash(previousAggregateHash, firstSequence, digest));
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

    /** The commit document at {@code position}, linked after {@code previousChainHash} in the store's chain. */
    Document at(long position, byte[] previousChainHash) {
        byte[] chainHash = LedgerHash.chainHash(previousChainHash, position, contentDigest);
        return LedgerDocuments.commit(position, first(), firstSequence(), lastSequence(), content, contentDigest,
                previousChainHash, chainHash, previousAggregateHash, aggregateHash);
    }
}
