package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The panel's report was published with a public summary. */
public record PanelReportPublished(String panelReviewId,
        String summary,
        Actor actor,
        Instant occurredAt) implements PanelReviewEvent {
}
