package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import java.util.List;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Composes the external panel: experts and regional stakeholders, none working for the institution. */
public record ComposePanel(@TargetAggregateIdentifier String panelReviewId,
        Assessor chair,
        List<Assessor> members,
        Actor actor,
        Long expectedVersion) implements PanelReviewCommand {
}
