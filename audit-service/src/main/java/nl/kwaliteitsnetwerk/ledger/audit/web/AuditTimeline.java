package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.api.BusinessTime;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An audit's trail (the API's {@code GET /audits/{id}/trail}, as that reader may read it) told as a timeline: each
 * event with when it was recorded and the business day it happened (as corrected), who in which role, and what
 * changed. A corrected finding, a revised judgement and a corrected business date are shown as before -> after with
 * their reason, which the trail holds only as two separate events; a comment is shown beside its disposition.
 */
record AuditTimeline(List<Moment> moments) {

    /** One event: its place in the audit, kind, when, business day, who, role, what it says, and what it changed. */
    record Moment(long sequence, String type, Instant recordedAt, LocalDate businessDate, boolean businessDateCorrected,
                  String actor, String role, ObjectNode details, BeforeAfter change, Disposition disposition) {
    }

    /** What a correction or revision replaced, with what, and why. */
    record BeforeAfter(String before, String after, String reason) {
    }

    /** The lead auditor's disposition of a comment, shown beside the comment. */
    record Disposition(String disposition, String explanation, String by, Instant at) {
    }

    /** Fields shown elsewhere in a moment (its business day) or naming only the audit's internals. */
    private static final Set<String> NOT_LISTED = Set.of("occurredOn", "reportDigest", "supersedesDigest");

    static AuditTimeline of(List<TrailEntry> trail) {
        Map<Long, LocalDate> correctedDays = new HashMap<>();
        Map<String, Disposition> dispositions = new HashMap<>();
        for (TrailEntry entry : trail) {
            if (entry.eventType().equals("BusinessDateCorrected")) {
                correctedDays.put(entry.change().path("correctedSequence").asLong(),
                        LocalDate.parse(entry.change().path("correctedDate").asText()));
            } else if (entry.eventType().equals("CommentDisposed")) {
                dispositions.put(text(entry.change(), "commentId"), new Disposition(text(entry.change(), "disposition"),
                        text(entry.change(), "explanation"), entry.actor(), entry.occurredAt()));
            }
        }
        Before before = new Before();
        List<Moment> moments = new ArrayList<>();
        for (TrailEntry entry : trail) {
            ObjectNode change = entry.change();
            LocalDate recordedDay = businessDay(change, entry.occurredAt());
            LocalDate day = correctedDays.getOrDefault(entry.sequenceNumber(), recordedDay);
            Disposition disposition = entry.eventType().equals("ConceptCommented")
                    ? dispositions.get(text(change, "commentId")) : null;
            moments.add(new Moment(entry.sequenceNumber(), entry.eventType(), entry.occurredAt(), day,
                    !day.equals(recordedDay), entry.actor(), entry.role(), details(change),
                    before.changeBy(entry.eventType(), change), disposition));
        }
        return new AuditTimeline(List.copyOf(moments));
    }

    /**
     * The day an event happened as recorded: its own business day if it has one (an intake's is the day it was
     * held), else the day it was recorded, as {@code AuditEvent.occurredOn} says.
     */
    private static LocalDate businessDay(ObjectNode change, Instant recordedAt) {
        for (String field : List.of("occurredOn", "heldOn")) {
            if (change.hasNonNull(field)) {
                return LocalDate.parse(change.get(field).asText());
            }
        }
        return BusinessTime.dateOf(recordedAt);
    }

    /** What each finding and judgement said last, so that the next correction or revision shows what it replaced. */
    private static final class Before {
        private final Map<String, String> findings = new HashMap<>();
        private final Map<String, String> judgements = new HashMap<>();

        BeforeAfter changeBy(String type, ObjectNode change) {
            return switch (type) {
                case "FindingRecorded" -> remember(findings, text(change, "findingId"), finding(change));
                case "FindingCorrected" -> new BeforeAfter(findings.get(text(change, "findingId")),
                        rememberAndGive(findings, text(change, "findingId"), finding(change)), text(change, "reason"));
                case "FindingRetracted" -> new BeforeAfter(findings.get(text(change, "findingId")), null,
                        text(change, "reason"));
                case "StandardJudged", "OverallJudgementRecorded" -> judged(change);
                case "BusinessDateCorrected" -> new BeforeAfter(text(change, "previousDate"),
                        text(change, "correctedDate"), text(change, "reason"));
                default -> null;
            };
        }

        private BeforeAfter judged(ObjectNode change) {
            String now = rememberAndGive(judgements, text(change, "judgementId"), judgement(change));
            String revises = text(change, "revises");
            return revises == null ? null
                    : new BeforeAfter(judgements.get(revises), now, text(change, "revisionReason"));
        }

        private static BeforeAfter remember(Map<String, String> last, String id, String shown) {
            last.put(id, shown);
            return null;
        }

        private static String rememberAndGive(Map<String, String> last, String id, String shown) {
            last.put(id, shown);
            return shown;
        }
    }

    private static String finding(ObjectNode change) {
        return text(change, "standardCode") + " · " + text(change, "kind") + " · " + text(change, "text");
    }

    private static String judgement(ObjectNode change) {
        String standard = text(change, "standardCode");
        String rationale = text(change, "rationale");
        return (standard == null ? "" : standard + ": ") + text(change, "value")
                + (rationale == null ? "" : " · " + rationale);
    }

    /**
     * What the event says beyond what the moment shows by itself, for the platform's {@code ui/record :: node}:
     * without its business day, the report digests (shown with the report's versions) and anything empty.
     */
    private static ObjectNode details(ObjectNode change) {
        ObjectNode details = change.deepCopy();
        details.remove(NOT_LISTED);
        return (ObjectNode) withoutEmpty(details);
    }

    private static JsonNode withoutEmpty(JsonNode node) {
        if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                JsonNode child = withoutEmpty(it.next());
                if (child.isNull() || (child.isContainerNode() && child.isEmpty())) {
                    it.remove();
                }
            }
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
