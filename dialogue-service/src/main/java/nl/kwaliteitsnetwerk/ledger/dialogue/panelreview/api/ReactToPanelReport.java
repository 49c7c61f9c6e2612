package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution's board reacts to the panel's report. */
public record ReactToPanelReport(@TargetAggregateIdentifier String panelReviewId,
        String reaction,
        Actor actor,
        Long expectedVersion) implements PanelReviewCommand {
}
