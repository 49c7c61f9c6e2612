package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishes the panel's report with a public summary. */
public record PublishPanelReport(@TargetAggregateIdentifier String panelReviewId,
        String summary,
        Actor actor,
        Long expectedVersion) implements PanelReviewCommand {
}
