package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;

/** Every fact about a panel review says which review, who did it in which role, and when. */
public sealed interface PanelReviewEvent permits PanelReviewScheduled, PanelComposed, SelfEvaluationSubmitted,
        PanelStandardJudged, PanelReportIssued, PanelReportReactedTo, PanelReportPublished {

    String panelReviewId();

    Actor actor();

    Instant occurredAt();
}
