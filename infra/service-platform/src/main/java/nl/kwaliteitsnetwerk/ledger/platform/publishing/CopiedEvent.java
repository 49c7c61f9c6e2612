package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;

/**
 * An event a service copied from one stream of its ledger into another (a stream split by a migration): a new
 * commit, but no new fact. Its original was published and told on the public feed when it was first stored, so
 * the copy is published only as a pointer to it ({@code kernel.integration.EventCopied}), which keeps the new
 * stream gap-free for consumers without telling the fact twice, and is not told again on the public feed, which
 * still reads it to know what the new stream has already disclosed. The metadata keys name the original.
 */
public final class CopiedEvent {

    /** The mark of a copy: the id of the aggregate whose stream holds the original. */
    public static final String MIGRATED_FROM = "migratedFrom";
    /** The type of that aggregate. */
    public static final String ORIGINAL_AGGREGATE_TYPE = "migratedFromType";
    /** The original's sequence number in that stream. */
    public static final String ORIGINAL_SEQUENCE = "migratedFromSequence";
    /** The original's event id. */
    public static final String ORIGINAL_EVENT_ID = "migratedFromEventId";
    /** The aggregate chain hash of the commit that holds the original. */
    public static final String ORIGINAL_COMMIT_HASH = "migratedFromCommitHash";

    private CopiedEvent() {
    }

    /**
     * The metadata of a copy of {@code original}: the original's own (its trace and correlation) and where it came
     * from. {@code commitHash}: the aggregate chain hash of the commit that holds the original, if known.
     */
    public static MetaData of(DomainEventMessage<?> original, String commitHash) {
        Map<String, Object> metaData = new HashMap<>(original.getMetaData());
        metaData.put(MIGRATED_FROM, original.getAggregateIdentifier());
        metaData.put(ORIGINAL_AGGREGATE_TYPE, original.getType());
        metaData.put(ORIGINAL_SEQUENCE, original.getSequenceNumber());
        metaData.put(ORIGINAL_EVENT_ID, original.getIdentifier());
        if (commitHash != null) {
            metaData.put(ORIGINAL_COMMIT_HASH, commitHash);
        }
        return MetaData.from(metaData);
    }

    public static boolean isCopy(Message<?> message) {
        return message.getMetaData().containsKey(MIGRATED_FROM);
    }
}
