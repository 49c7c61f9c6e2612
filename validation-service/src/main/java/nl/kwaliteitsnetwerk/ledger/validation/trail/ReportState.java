package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Where one report stands, as far as the trail has seen: its milestones, folded from its entries.
 * {@code lastSequence} is the last event of the report applied, so an event seen again changes nothing.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ReportState {

    public String reportId;
    public ReportType reportType;
    public String institutionCode;
    public String title;
    public FrameworkRef framework;
    public long lastSequence = -1;
    public long gaps;
    public Instant scheduledAt;
    public Instant visitStartedAt;
    public Instant conceptIssuedAt;
    public Instant finalisedAt;
    public Instant publishedAt;
    public Instant lastChangedAt;

    public boolean isFinal() {
        return finalisedAt != null;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** The state of a report folded from its entries (in any order): as it stands, or stood at the last of them. */
    public static ReportState fold(List<TrailEntry> entries) {
        ReportState state = new ReportState();
        entries.stream().sorted(Comparator.comparingLong(TrailEntry::sequenceNumber)).forEach(state::apply);
        return state;
    }

    /** Applies the report's event number {@code sequence}; false if it had it already. */
    public boolean apply(TrailEntry entry) {
        if (entry.sequenceNumber() <= lastSequence) {
            return false;
        }
        if (entry.sequenceNumber() > lastSequence + 1) {
            gaps++;
        }
        lastSequence = entry.sequenceNumber();
        lastChangedAt = entry.occurredAt();
        reportId = entry.reportId();
        reportType = entry.reportType();
        institutionCode = entry.institutionCode();
        if (entry.framework() != null && framework == null) {
            framework = entry.framework();
        }
        milestone(entry.eventType(), entry.occurredAt(), entry.payload());
        return true;
    }

    private void milestone(String eventType, Instant at, JsonNode payload) {
        switch (eventType) {
            case "audit.scheduled" -> {
                scheduledAt = at;
                String theme = payload.path("theme").asText("");
                title = payload.path("kind").asText() + (theme.isEmpty() ? "" : ": " + theme);
            }
            case "dialogue.dialogue-opened" -> {
                scheduledAt = at;
                title = payload.path("question").asText();
            }
            case "peer-review.peer-review-started" -> {
                scheduledAt = at;
                title = payload.path("title").asText();
            }
            case "panel-review.panel-review-scheduled" -> {
                scheduledAt = at;
                title = "panel review";
            }
            case "audit.site-visit-started", "dialogue.session-held", "peer-review.peer-session-held",
                 "panel-review.panel-standard-judged" -> visitStartedAt = visitStartedAt == null ? at : visitStartedAt;
            case "audit.concept-report-issued", "dialogue.dialogue-report-drafted" ->
                    conceptIssuedAt = conceptIssuedAt == null ? at : conceptIssuedAt;
            case "audit.report-finalised", "dialogue.dialogue-report-finalised", "peer-review.peer-review-completed",
                 "panel-review.panel-report-issued" -> finalisedAt = at;
            case "audit.summary-published", "dialogue.dialogue-report-published", "panel-review.panel-report-published" ->
                    publishedAt = at;
            default -> {
                // not a milestone
            }
        }
    }
}
