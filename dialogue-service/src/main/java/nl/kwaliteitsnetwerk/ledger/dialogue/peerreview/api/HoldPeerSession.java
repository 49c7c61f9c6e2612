package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a peer-review session: one team hosts, others visit; who took part, counted; what was discussed. */
public record HoldPeerSession(@TargetAggregateIdentifier String peerReviewId,
        String sessionId,
        String hostTeamId,
        List<String> visitingTeamIds,
        List<Participation> participants,
        String discussed,
        Actor actor,
        Long expectedVersion) implements PeerReviewCommand {
}
