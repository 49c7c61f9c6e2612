package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair issues the panel's report once every standard is judged; it never changes after this. */
public record IssuePanelReport(@TargetAggregateIdentifier String panelReviewId,
        String reportText,
        Actor actor,
        Long expectedVersion) implements PanelReviewCommand {
}
