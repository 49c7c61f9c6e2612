package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;

/** A panel review was scheduled. */
public record PanelReviewScheduled(String panelReviewId,
        InstitutionRef institution,
        FrameworkRef framework,
        LocalDate plannedDate,
        Actor actor,
        Instant occurredAt) implements PanelReviewEvent {
}
