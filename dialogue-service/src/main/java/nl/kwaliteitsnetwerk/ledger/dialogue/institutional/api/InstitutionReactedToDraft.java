package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * The institution reacted to a draft of the report, citing the digest of that draft (absent in reactions stored
 * before digests existed).
 */
public record InstitutionReactedToDraft(String dialogueId,
        int draftRevision,
        String reaction,
        @JsonInclude(JsonInclude.Include.NON_NULL) String approvedDigest,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
