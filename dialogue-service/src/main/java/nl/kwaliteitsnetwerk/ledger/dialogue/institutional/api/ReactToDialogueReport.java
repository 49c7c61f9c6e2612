package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution reacts to the latest draft of the report, citing its digest ({@code approvedDigest}). */
public record ReactToDialogueReport(@TargetAggregateIdentifier String dialogueId,
        String reaction,
        String approvedDigest,
        Actor actor,
        Long expectedVersion) implements DialogueCommand {
}
