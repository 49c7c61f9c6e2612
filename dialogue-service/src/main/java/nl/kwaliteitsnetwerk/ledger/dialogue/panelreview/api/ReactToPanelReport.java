package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The institution's board reacts to the panel's report, citing its digest ({@code approvedDigest}). */
public record ReactToPanelReport(@TargetAggregateIdentifier String panelReviewId,
        String reaction,
        String approvedDigest,
        Actor actor,
        Long expectedVersion) implements PanelReviewCommand {
}
