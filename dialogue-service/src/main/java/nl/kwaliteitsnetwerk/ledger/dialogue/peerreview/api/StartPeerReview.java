package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts a peer review: two or more teams, each with its own research question, and a process guide. */
public record StartPeerReview(@TargetAggregateIdentifier String peerReviewId,
        String title,
        Assessor processGuide,
        List<PeerTeam> teams,
        Actor actor) {
}
