package nl.kwaliteitsnetwerk.ledger.validation.trail;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of report the trail follows, by the aggregate type their service publishes them under. */
public enum ReportType {
    AUDIT("Audit"),
    DIALOGUE("InstitutionalDialogue"),
    PEER_REVIEW("PeerReview"),
    PANEL_REVIEW("PanelReview");

    private final String aggregateType;

    ReportType(String aggregateType) {
        this.aggregateType = aggregateType;
    }

    public static Optional<ReportType> ofAggregateType(String aggregateType) {
        return Arrays.stream(values()).filter(t -> t.aggregateType.equals(aggregateType)).findFirst();
    }
}
