package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Objective indicators of one report, computed from its trail, for the validation committee to
 * read beside its questions: standards judged without findings (there must be none), the comments
 * and how long their disposition took, findings corrected or retracted after the concept, the
 * stakeholder groups that took part, and the days from the visit to the concept and to the final report.
 * Days count business dates (when it happened, {@link BusinessDates}), as corrected, not the instants the steps were
 * recorded: a case of 2022 entered in 2026 gives its 2022 figures. The hours of a comment's disposition count
 * recording instants, and are only meaningful for a case recorded as it happened; its days count business dates.
 * Of a dialogue, {@code reactionsToDrafts}: the institution's reactions to the drafts, how many were answered, which
 * are not (yet), the days to each answer, and those of a report from before answers were recorded
 * ({@link DraftReactions}, validation question V3); null for the other kinds of report.
 */
public record ReportIndicators(String reportId, ReportType reportType, List<String> judgedWithoutFindings,
                               List<CommentTiming> comments, int correctedAfterConcept, Set<String> stakeholderGroups,
                               Long daysFromVisitToFinal, Long daysFromVisitToConcept, Long daysFromConceptToFinal,
                               DraftReactions reactionsToDrafts) {

    /** A comment on the concept, when it was made and disposed of; hours and days are null while it awaits its disposition. */
    public record CommentTiming(String commentId, Instant commentedAt, Instant disposedAt, String disposition,
                                Long hoursToDisposition, LocalDate commentedOn, LocalDate disposedOn, Long daysToDisposition) {
    }

    public static ReportIndicators of(ReportState report, List<TrailEntry> entries) {
        return new ReportIndicators(report.reportId, report.reportType, judgedWithoutFindings(report.reportType, entries),
                comments(entries), correctedAfterConcept(report, entries), stakeholderGroups(entries),
                days(report.visitStartedOn, report.finalisedOn), days(report.visitStartedOn, report.conceptIssuedOn),
                days(report.conceptIssuedOn, report.finalisedOn),
                report.reportType == ReportType.DIALOGUE ? DraftReactions.of(entries) : null);
    }

    private static Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }

    /** The standards (or capacities) of the final report that no live finding (observation, self-evaluation) supports. */
    private static List<String> judgedWithoutFindings(ReportType type, List<TrailEntry> entries) {
        Map<String, String> liveBasis = new HashMap<>();
        List<String> judged = new ArrayList<>();
        for (TrailEntry e : entries) {
            JsonNode p = e.payload();
            switch (e.eventType()) {
                case "audit.finding-recorded", "audit.finding-corrected" ->
                        liveBasis.put(p.path("findingId").asText(), p.path("standardCode").asText());
                case "dialogue.observation-recorded", "dialogue.observation-corrected" ->
                        liveBasis.put(p.path("observationId").asText(), p.path("lens").asText());
                case "panel-review.self-evaluation-submitted" ->
                        liveBasis.put(p.path("selfEvaluationId").asText(), p.path("standardCode").asText());
                case "audit.finding-retracted" -> liveBasis.remove(p.path("findingId").asText());
                case "dialogue.observation-retracted" -> liveBasis.remove(p.path("observationId").asText());
                case "audit.report-finalised", "panel-review.panel-report-issued" ->
                        judged = fieldNames(p.path("standardJudgements"));
                case "dialogue.dialogue-report-finalised" -> judged = fieldNames(p.path("conclusions"));
                default -> {
                    // no bearing on what supports a judgement
                }
            }
        }
        return judged.stream().filter(standard -> !liveBasis.containsValue(standard)).toList();
    }

    private static List<CommentTiming> comments(List<TrailEntry> entries) {
        Map<String, CommentTiming> comments = new LinkedHashMap<>();
        for (TrailEntry e : entries) {
            String id = e.payload().path("commentId").asText();
            if (e.eventType().equals("audit.concept-commented")) {
                comments.put(id, new CommentTiming(id, e.occurredAt(), null, null, null, e.occurredOn(), null, null));
            } else if (e.eventType().equals("audit.comment-disposed")) {
                comments.computeIfPresent(id, (key, c) -> new CommentTiming(id, c.commentedAt(), e.occurredAt(),
                        e.payload().path("disposition").asText(), Duration.between(c.commentedAt(), e.occurredAt()).toHours(),
                        c.commentedOn(), e.occurredOn(), days(c.commentedOn(), e.occurredOn())));
            }
        }
        return List.copyOf(comments.values());
    }

    private static int correctedAfterConcept(ReportState report, List<TrailEntry> entries) {
        if (report.conceptIssuedAt == null) {
            return 0;
        }
        return (int) entries.stream()
                .filter(e -> e.kind() == TrailKind.FINDING && e.corrects() != null && e.occurredAt().isAfter(report.conceptIssuedAt))
                .count();
    }

    private static Set<String> stakeholderGroups(List<TrailEntry> entries) {
        Set<String> groups = new TreeSet<>();
        for (TrailEntry e : entries) {
            e.payload().path("participants").forEach(p -> groups.add(p.path("category").asText()));
            for (String members : List.of("members", "chair", "secretary")) {
                JsonNode node = e.payload().path(members);
                Iterable<JsonNode> people = node.isArray() ? node : List.of(node);
                people.forEach(m -> {
                    if (m.path("represents").isTextual()) {
                        groups.add(m.path("represents").asText());
                    }
                });
            }
        }
        return groups;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
