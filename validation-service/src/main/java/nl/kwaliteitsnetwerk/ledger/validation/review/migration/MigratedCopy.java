package nl.kwaliteitsnetwerk.ledger.validation.review.migration;

import nl.kwaliteitsnetwerk.ledger.platform.publishing.CopiedEvent;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;

/**
 * The metadata of an event {@link ReviewStreamMigration} copied from the committee's stream into a review's own:
 * the original's own metadata (its actor's trace and correlation), and where it came from under the platform's
 * {@link CopiedEvent} keys, by which the copy is published as a pointer to its original and not told again.
 */
final class MigratedCopy {

    private static final String COMMITTEE_TYPE = ValidationCommittee.class.getSimpleName();

    private MigratedCopy() {
    }

    /** {@code commitHash}: the aggregate chain hash of the committee's commit that holds the original, if found. */
    static MetaData provenance(DomainEventMessage<?> original, String commitHash) {
        Map<String, Object> provenance = new HashMap<>(original.getMetaData());
        provenance.put(CopiedEvent.MIGRATED_FROM, original.getAggregateIdentifier());
        provenance.put(CopiedEvent.ORIGINAL_AGGREGATE_TYPE, COMMITTEE_TYPE);
        provenance.put(CopiedEvent.ORIGINAL_SEQUENCE, original.getSequenceNumber());
        provenance.put(CopiedEvent.ORIGINAL_EVENT_ID, original.getIdentifier());
        if (commitHash != null) {
            provenance.put(CopiedEvent.ORIGINAL_COMMIT_HASH, commitHash);
        }
        return MetaData.from(provenance);
    }
}
