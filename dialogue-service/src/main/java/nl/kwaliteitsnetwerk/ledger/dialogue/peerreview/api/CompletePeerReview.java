package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Completes the peer review once every team has its report. */
public record CompletePeerReview(@TargetAggregateIdentifier String peerReviewId,
        Actor actor,
        Long expectedVersion) implements PeerReviewCommand {
}
