package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * The institution's board reacted to the panel's report, citing the report's digest (absent in reactions stored
 * before digests existed).
 */
public record PanelReportReactedTo(String panelReviewId,
        String reaction,
        @JsonInclude(JsonInclude.Include.NON_NULL) String approvedDigest,
        Actor actor,
        Instant occurredAt) implements PanelReviewEvent {
}
