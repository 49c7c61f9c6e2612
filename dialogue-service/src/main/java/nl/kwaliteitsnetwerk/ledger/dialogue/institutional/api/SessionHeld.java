package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** A dialogue session was held. */
public record SessionHeld(String dialogueId,
        String sessionId,
        List<Participation> participants,
        String discussed,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
