package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens an institutional dialogue around the institution's own question. */
public record OpenDialogue(@TargetAggregateIdentifier String dialogueId,
        InstitutionRef institution,
        String question,
        String theme,
        LocalDate plannedDate,
        Actor actor) {
}
