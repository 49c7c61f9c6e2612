package nl.kwaliteitsnetwerk.ledger.validation.review.migration;

import nl.kwaliteitsnetwerk.ledger.platform.publishing.CopiedEvent;

/**
 * The metadata of a review's event copied from a committee's stream into the review's own by
 * {@link ReviewStreamMigration}: where it came from. The copy is a new commit of the ledger, but no new fact:
 * it was published to Kafka and told on the public feed when it was first stored.
 */
public final class MigratedCopy {

    /** The committee whose stream held the original: the platform's mark of a copy, which is not published again. */
    public static final String MIGRATED_FROM = CopiedEvent.MIGRATED_FROM;
    /** The original's sequence number in that stream. */
    public static final String ORIGINAL_SEQUENCE = "migratedFromSequence";
    /** The original's event id. */
    public static final String ORIGINAL_EVENT_ID = "migratedFromEventId";
    /** The aggregate chain hash of the committee's commit that holds the original. */
    public static final String ORIGINAL_COMMIT_HASH = "migratedFromCommitHash";

    private MigratedCopy() {
    }
}
