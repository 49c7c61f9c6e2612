package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.DialogueRule;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.AdoptRecommendation;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DeclineRecommendation;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.Recommendation;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.RecommendationAdopted;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.RecommendationDeclined;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules.requireFutureDate;
import static nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules.requireReason;
import static nl.kwaliteitsnetwerk.ledger.dialogue.common.Rules.requireText;
import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;

/**
 * A recommendation of the final report, on which the institution decides once: it adopts it onto its
 * development agenda (with an owner and a due date) or declines it, saying why.
 */
final class FinalRecommendation extends DialoguePart {

    @EntityId
    private final String recommendationId;
    /** How the institution decided on it, once: adopted or declined; null while undecided. */
    private String decision;

    FinalRecommendation(InstitutionalDialogue dialogue, Recommendation recommendation) {
        super(dialogue);
        this.recommendationId = recommendation.recommendationId();
    }

    @CommandHandler
    long handle(AdoptRecommendation command, Clock clock) {
        requireUndecidedBy(command.actor(), "puts recommendations on its development agenda");
        dialogue.requireNewId(command.agendaItemId());
        requireText(command.description(), "An agenda item says what will be done.");
        requireText(command.owner(), "An agenda item has an owner.");
        requireFutureDate(command.dueDate(), clock, "An agenda item needs a due date after today.");
        return dialogue.record(new RecommendationAdopted(command.dialogueId(), recommendationId, command.agendaItemId(),
                command.description(), command.owner(), command.dueDate(), command.actor(), clock.instant()));
    }

    @CommandHandler
    long handle(DeclineRecommendation command, Clock clock) {
        requireUndecidedBy(command.actor(), "decides on the recommendations");
        requireReason(command.reason(), "Declining a recommendation says why.");
        return dialogue.record(new RecommendationDeclined(command.dialogueId(), recommendationId, command.reason(),
                command.actor(), clock.instant()));
    }

    private void requireUndecidedBy(Actor actor, String what) {
        dialogue.requireInstitution(actor, what);
        require(decision == null, DialogueRule.RECOMMENDATION_DECIDED_ONCE,
                "Recommendation " + recommendationId + " was " + decision + " already.");
    }

    @EventSourcingHandler
    void on(RecommendationAdopted event) {
        decision = "adopted";
    }

    @EventSourcingHandler
    void on(RecommendationDeclined event) {
        decision = "declined";
    }

    @Override
    List<Object> state() {
        return Arrays.asList(recommendationId, decision);
    }
}
