package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Schedules a panel review of an institution under a version of the reference-values model. */
public record SchedulePanelReview(@TargetAggregateIdentifier String panelReviewId,
        InstitutionRef institution,
        FrameworkRef framework,
        LocalDate plannedDate,
        Actor actor) {
}
