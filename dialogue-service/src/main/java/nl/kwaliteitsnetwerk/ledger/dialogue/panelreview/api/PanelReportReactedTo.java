package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The institution's board reacted to the panel's report. */
public record PanelReportReactedTo(String panelReviewId,
        String reaction,
        Actor actor,
        Instant occurredAt) implements PanelReviewEvent {
}
