package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Map.entry;
import static nl.kwaliteitsnetwerk.ledger.validation.trail.TrailKind.*;

/**
 * Reads an integration event of the audit or dialogue service as a step of the trail. The one place
 * that knows the other services' event types, by their published contract (type names and payload
 * fields), never by their classes.
 */
public final class TrailClassifier {

    private static final Map<String, TrailKind> KINDS = Map.ofEntries(
            entry("audit.scheduled", SCHEDULING),
            entry("audit.team-assigned", COMPOSITION),
            entry("audit.intake-recorded", PREPARATION),
            entry("audit.site-visit-started", SESSION),
            entry("audit.finding-recorded", FINDING),
            entry("audit.finding-corrected", FINDING),
            entry("audit.finding-retracted", FINDING),
            entry("audit.standard-judged", JUDGEMENT),
            entry("audit.overall-judgement-recorded", JUDGEMENT),
            entry("audit.oral-feedback-given", SESSION),
            entry("audit.concept-report-issued", REPORT),
            entry("audit.reopened", REPORT),
            entry("audit.concept-commented", COMMENT),
            entry("audit.comment-disposed", COMMENT),
            entry("audit.report-finalised", REPORT),
            entry("audit.erratum-issued", REPORT),
            entry("audit.board-reaction-recorded", COMMENT),
            entry("audit.judgement-carried-over", JUDGEMENT),
            entry("audit.business-date-corrected", REPORT),
            entry("audit.summary-published", PUBLICATION),
            entry("audit.follow-up-opened", FOLLOW_UP),
            entry("audit.follow-up-reported-done", FOLLOW_UP),
            entry("audit.follow-up-accepted", FOLLOW_UP),
            entry("audit.follow-up-reopened", FOLLOW_UP),
            entry("dialogue.dialogue-opened", SCHEDULING),
            entry("dialogue.dialogue-committee-appointed", COMPOSITION),
            entry("dialogue.questionnaire-recorded", PREPARATION),
            entry("dialogue.document-shared", PREPARATION),
            entry("dialogue.session-planned", SESSION),
            entry("dialogue.session-held", SESSION),
            entry("dialogue.observation-recorded", FINDING),
            entry("dialogue.observation-corrected", FINDING),
            entry("dialogue.observation-retracted", FINDING),
            entry("dialogue.dialogue-report-drafted", REPORT),
            entry("dialogue.institution-reacted-to-draft", COMMENT),
            entry("dialogue.dialogue-report-finalised", REPORT),
            entry("dialogue.dialogue-report-published", PUBLICATION),
            entry("dialogue.recommendation-adopted", FOLLOW_UP),
            entry("dialogue.recommendation-declined", FOLLOW_UP),
            entry("dialogue.agenda-progress-recorded", FOLLOW_UP),
            entry("dialogue.agenda-item-completed", FOLLOW_UP),
            entry("peer-review.peer-review-started", SCHEDULING),
            entry("peer-review.peer-session-held", SESSION),
            entry("peer-review.team-report-recorded", REPORT),
            entry("peer-review.peer-review-completed", REPORT),
            entry("panel-review.panel-review-scheduled", SCHEDULING),
            entry("panel-review.panel-composed", COMPOSITION),
            entry("panel-review.self-evaluation-submitted", PREPARATION),
            entry("panel-review.panel-standard-judged", JUDGEMENT),
            entry("panel-review.panel-report-issued", REPORT),
            entry("panel-review.panel-report-reacted-to", COMMENT),
            entry("panel-review.panel-report-published", PUBLICATION));

    private TrailClassifier() {
    }

    /** The trail entry of {@code event}, the first of its report or one whose report the trail knows nothing of. */
    public static Optional<TrailEntry> classify(IntegrationEvent event, FrameworkRef knownFramework) {
        return classify(event, knownFramework, List.of());
    }

    /**
     * The trail entry of {@code event}; {@code knownFramework} is the report's framework and {@code knownInstitutions}
     * the institutions it belongs to, as far as the trail has seen them.
     */
    public static Optional<TrailEntry> classify(IntegrationEvent event, FrameworkRef knownFramework,
                                                List<String> knownInstitutions) {
        Optional<ReportType> reportType = ReportType.ofAggregateType(event.aggregateType());
        if (reportType.isEmpty()) {
            return Optional.empty();
        }
        JsonNode p = event.payload();
        FrameworkRef framework = framework(p.path("framework")).orElse(knownFramework);
        String standard = text(p, "standardCode");
        if (standard == null) {
            standard = text(p, "lens");
        }
        String corrects = firstText(p, "revises", "corrects", "retracts");
        if (corrects == null && (event.eventType().endsWith("-corrected") || event.eventType().endsWith("-retracted"))) {
            corrects = firstText(p, "observationId", "findingId");
        }
        String reason = corrects == null ? null : firstText(p, "revisionReason", "reason");
        return Optional.of(new TrailEntry(event.eventId(), event.eventType(), event.schemaVersion(), reportType.get(),
                event.aggregateId(), event.sequenceNumber(), event.institutionCode(), event.occurredAt(),
                event.actor() == null ? null : event.actor().userId(),
                event.actor() == null ? null : event.actor().role().name(),
                KINDS.getOrDefault(event.eventType(), OTHER), standard, framework, corrects, reason, p,
                institutions(event, knownInstitutions), BusinessDates.of(p, event.occurredAt())));
    }

    /**
     * Every institution the event's report belongs to: the one it is published under, those the trail knew, and
     * those its payload names: the institution of an audit or dialogue, every team's of a peer review (the
     * dialogue service publishes a peer review under its first team's institution only).
     */
    private static List<String> institutions(IntegrationEvent event, List<String> known) {
        Set<String> codes = new TreeSet<>(known);
        if (event.institutionCode() != null) {
            codes.add(event.institutionCode());
        }
        JsonNode p = event.payload();
        addCode(codes, p.path("institution").path("code"));
        p.path("teams").forEach(team -> addCode(codes, team.path("institution").path("code")));
        return List.copyOf(codes);
    }

    private static void addCode(Set<String> codes, JsonNode code) {
        if (code.isTextual() && !code.asText().isBlank()) {
            try {
                codes.add(InstitutionCode.normalise(code.asText(), "institution"));
            } catch (InvalidText notACode) {
                // a payload naming no well-formed code adds no institution; the envelope's still counts
            }
        }
    }

    private static Optional<FrameworkRef> framework(JsonNode node) {
        if (node.path("id").isTextual() && node.path("version").isTextual()) {
            return Optional.of(new FrameworkRef(node.path("id").asText(), node.path("version").asText()));
        }
        return Optional.empty();
    }

    private static String firstText(JsonNode p, String... fields) {
        for (String field : fields) {
            String value = text(p, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode p, String field) {
        JsonNode value = p.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
