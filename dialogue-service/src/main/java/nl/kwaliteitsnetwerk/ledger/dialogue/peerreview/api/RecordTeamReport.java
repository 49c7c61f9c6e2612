package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records (or revises, with a reason) the report of one team's outcomes on its question. */
public record RecordTeamReport(@TargetAggregateIdentifier String peerReviewId,
        String teamId,
        String outcomes,
        String reportText,
        String revisionReason,
        Actor actor,
        Long expectedVersion) implements PeerReviewCommand {
}
