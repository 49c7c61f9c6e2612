package nl.kwaliteitsnetwerk.ledger.validation.ui;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A report's trail as the timeline shows it, built only from the entries the reader was shown: a correction or a
 * revision read as before → after with its reason (the before is the entry it corrects, if the reader was shown
 * it), a comment with its disposition beside it (a disposition whose comment is shown is shown there, not again).
 */
record ReportTimeline(List<Step> steps) {

    /** What a step's "what changed" reads from its payload, the first of these it has. */
    private static final List<String> WHAT = List.of("text", "value", "summary", "reaction", "disposition",
            "description", "reason", "question", "discussed", "outcomes", "correction");
    private static final List<String> COMMENTS = List.of("audit.concept-commented", "dialogue.institution-reacted-to-draft",
            "panel-review.panel-report-reacted-to");
    private static final String DISPOSED = "audit.comment-disposed";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * One step: when (recorded, and the business date), who (null where the reader may not know), in which role,
     * what kind of step, what it says; {@code before}/{@code reason} for a correction, {@code disposition} for a
     * comment.
     */
    record Step(String eventType, String kind, Instant occurredAt, LocalDate occurredOn, String actor, String role,
                String standardCode, String what, String before, String reason, Disposition disposition,
                JsonNode payload) {

        public boolean correction() {
            return reason != null || before != null;
        }

        /** When it was recorded, as a reader reads it: to the minute, in UTC (the page says so). */
        public String when() {
            return MINUTE.format(occurredAt);
        }
    }

    /** How a comment was disposed of: when, by whom, how and why. */
    record Disposition(Instant at, String actor, String disposition, String explanation) {

        public String when() {
            return MINUTE.format(at);
        }
    }

    static ReportTimeline of(List<TrailEntry> entries) {
        Map<String, TrailEntry> disposals = entries.stream().filter(e -> DISPOSED.equals(e.eventType()))
                .collect(Collectors.toMap(e -> e.payload().path("commentId").asText(), Function.identity(), (a, b) -> b));
        List<String> shownComments = entries.stream().filter(e -> COMMENTS.contains(e.eventType()))
                .map(e -> e.payload().path("commentId").asText()).toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TrailEntry entry = entries.get(i);
            if (DISPOSED.equals(entry.eventType()) && shownComments.contains(entry.payload().path("commentId").asText())) {
                continue;
            }
            TrailEntry disposal = COMMENTS.contains(entry.eventType())
                    ? disposals.get(entry.payload().path("commentId").asText()) : null;
            steps.add(new Step(entry.eventType(), entry.kind().name(), entry.occurredAt(), entry.occurredOn(), entry.actor(),
                    entry.role(), entry.standardCode(), what(entry.payload()),
                    entry.corrects() == null ? null : before(entries.subList(0, i), entry.corrects()),
                    entry.correctionReason(),
                    disposal == null ? null : new Disposition(disposal.occurredAt(), disposal.actor(),
                            text(disposal.payload(), "disposition"), text(disposal.payload(), "explanation")),
                    entry.payload()));
        }
        return new ReportTimeline(List.copyOf(steps));
    }

    /** What the step the correction names said, from the last earlier entry carrying that id, if shown. */
    private static String before(List<TrailEntry> earlier, String corrected) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            JsonNode p = earlier.get(i).payload();
            if (corrected.equals(text(p, "findingId")) || corrected.equals(text(p, "judgementId"))
                    || corrected.equals(text(p, "observationId"))) {
                return what(p);
            }
        }
        return null;
    }

    private static String what(JsonNode payload) {
        return WHAT.stream().map(field -> text(payload, field)).filter(value -> value != null).findFirst().orElse(null);
    }

    private static String text(JsonNode payload, String field) {
        JsonNode value = payload == null ? null : payload.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
