package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Appoints the dialogue committee: chair, secretary and members, none working for the institution. */
public record AppointDialogueCommittee(@TargetAggregateIdentifier String dialogueId,
        Assessor chair,
        Assessor secretary,
        List<Assessor> members,
        Actor actor,
        Long expectedVersion) implements DialogueCommand {
}
