package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The dialogue committee was appointed (or its composition changed before the first session). */
public record DialogueCommitteeAppointed(String dialogueId,
        Assessor chair,
        Assessor secretary,
        List<Assessor> members,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
