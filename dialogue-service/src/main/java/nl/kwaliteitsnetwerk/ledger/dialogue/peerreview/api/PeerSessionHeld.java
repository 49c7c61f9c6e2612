package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api;

import java.time.Instant;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A peer-review session was held. */
public record PeerSessionHeld(String peerReviewId,
        String sessionId,
        String hostTeamId,
        List<String> visitingTeamIds,
        List<Participation> participants,
        String discussed,
        Actor actor,
        Instant occurredAt) implements PeerReviewEvent {
}
