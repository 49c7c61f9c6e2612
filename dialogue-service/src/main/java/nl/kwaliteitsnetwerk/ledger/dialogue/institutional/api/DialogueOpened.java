package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;

/** An institutional dialogue was opened around the institution's own question. */
public record DialogueOpened(String dialogueId,
        InstitutionRef institution,
        String question,
        String theme,
        LocalDate plannedDate,
        Actor actor,
        Instant occurredAt) implements DialogueEvent {
}
