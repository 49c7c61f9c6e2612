package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A team's report was recorded; a revision says why it revises the earlier one. */
public record TeamReportRecorded(String peerReviewId,
        String teamId,
        int revision,
        String outcomes,
        String reportText,
        String revisionReason,
        Actor actor,
        Instant occurredAt) implements PeerReviewEvent {
}
