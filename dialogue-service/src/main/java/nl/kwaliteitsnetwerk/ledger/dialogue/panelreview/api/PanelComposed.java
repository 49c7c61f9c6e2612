package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import java.time.Instant;
import java.util.List;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/** The panel was composed (or recomposed before its first judgement). */
public record PanelComposed(String panelReviewId,
        Assessor chair,
        List<Assessor> members,
        Actor actor,
        Instant occurredAt) implements PanelReviewEvent {
}
