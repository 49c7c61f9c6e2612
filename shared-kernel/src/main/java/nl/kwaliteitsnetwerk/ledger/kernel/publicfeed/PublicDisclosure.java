package nl.kwaliteitsnetwerk.ledger.kernel.publicfeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFactTypes.*;

/**
 * The one rule of what the network makes public (DOMAIN.md, sections 5 and 6): published audit
 * summaries with their final judgements and quality profile, the public record of a published audit report
 * (process dates as business dates, version digests, approvals and their staleness, carried-over judgements, the
 * supervision term), the board's reaction to it, the inspectorate's follow-up supervision term (set, tightened by a
 * signal, ended: dates only, never the signal or its source), published dialogue and panel-review reports,
 * published validation reports with the board's reaction, and the status of follow-up actions that stem from a
 * published report, also when one passes its due date undone. Nothing else: no concept report, comment, disposition,
 * draft, internal note, reasoning, evidence, or anything about a person (no actor, owner or name).
 * <p>
 * It is a fold over one aggregate's integration events: {@code state} remembers what may become
 * public later (a final report before its publication, say), and a fact is told only once its report
 * is published (the supervision term has no report: it is public when it is set). Event types not named here are confidential, so a new event type is never public by
 * accident.
 */
public final class PublicDisclosure {

    /** Event types that contribute to public facts; every other type is confidential. */
    public static final Set<String> CONTRIBUTING = Set.of(
            "audit.scheduled", "audit.report-finalised", "audit.summary-published", "audit.follow-up-opened",
            "audit.site-visit-started", "audit.concept-report-issued", "audit.erratum-issued",
            "audit.board-reaction-recorded", "audit.judgement-carried-over", "audit.business-date-corrected",
            "audit.follow-up-reported-done", "audit.follow-up-accepted", "audit.follow-up-reopened",
            "dialogue.dialogue-opened", "dialogue.dialogue-report-finalised", "dialogue.dialogue-report-published",
            "dialogue.recommendation-adopted", "dialogue.recommendation-declined", "dialogue.agenda-progress-recorded",
            "dialogue.agenda-item-completed",
            "panel-review.panel-review-scheduled", "panel-review.panel-report-issued",
            "panel-review.panel-report-reacted-to", "panel-review.panel-report-published",
            "validation.validation-review-opened", "validation.validation-review-concluded",
            "validation.board-reaction-recorded", "validation.validation-report-published",
            "supervision.supervision-term-set", "supervision.supervision-signal-recorded",
            "supervision.supervision-term-ended", "supervision.follow-up-overdue");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private PublicDisclosure() {
    }

    /** The aggregate's disclosure state after {@code event}, and the public facts it makes known (often none). */
    public record Outcome(ObjectNode state, List<PublicFact> facts) {
    }

    public static ObjectNode initialState() {
        return JSON.objectNode();
    }

    public static Outcome disclose(ObjectNode before, IntegrationEvent event) {
        Disclosing d = new Disclosing(before.deepCopy(), event);
        JsonNode p = event.payload();
        switch (event.eventType()) {
            case "audit.scheduled" -> d.remember("opening", p, "institution", "kind", "theme", "framework");
            case "audit.site-visit-started" -> d.changeRecord(d.record().processDate("visitStartedOn", p));
            case "audit.concept-report-issued" -> d.changeRecord(d.record().processDate("conceptIssuedOn", p));
            case "audit.report-finalised" -> {
                d.remember("final", p, "overallJudgement", "framework", "standardJudgements");
                d.record().processDate("finalisedOn", p).version(p).approval("report-finalised", p, "reportDigest")
                        .set("supervisionTerm", p.path("supervisionTerm"));
            }
            case "audit.summary-published" -> {
                d.record().processDate("publishedOn", p);
                d.publish(AUDIT_REPORT_PUBLISHED, AUDIT_FOLLOW_UP_STATUS, d.report(p, "final", "institution", "kind", "theme"));
                d.tellRecord();
                if (d.state.hasNonNull("boardReaction")) {
                    d.tell(AUDIT_BOARD_REACTED, JSON.objectNode().put("reaction", d.state.get("boardReaction").asText()));
                }
            }
            case "audit.erratum-issued" -> d.changeRecord(d.record().version(p));
            case "audit.board-reaction-recorded" -> {
                d.state.put("boardReaction", text(p, "reaction"));
                d.record().approval("board-reaction", p, "approvedDigest");
                if (d.published()) {
                    d.tell(AUDIT_BOARD_REACTED, JSON.objectNode().put("reaction", text(p, "reaction")));
                    d.tellRecord();
                }
            }
            case "audit.judgement-carried-over" -> d.changeRecord(d.record().carriedOver(p));
            case "audit.business-date-corrected" -> d.changeRecord(d.record().correctedDate(p));
            case "audit.follow-up-opened" -> d.followUp(AUDIT_FOLLOW_UP_STATUS, text(p, "followUpId"), JSON.objectNode()
                    .put("followUpId", text(p, "followUpId")).put("standardCode", text(p, "standardCode"))
                    .put("dueDate", text(p, "dueDate")).put("status", "OPEN"));
            case "audit.follow-up-reported-done" -> d.followUpStatus(AUDIT_FOLLOW_UP_STATUS, text(p, "followUpId"), "REPORTED_DONE", null);
            case "audit.follow-up-accepted" -> d.followUpStatus(AUDIT_FOLLOW_UP_STATUS, text(p, "followUpId"), "ACCEPTED", null);
            case "audit.follow-up-reopened" -> d.followUpStatus(AUDIT_FOLLOW_UP_STATUS, text(p, "followUpId"), "OPEN", text(p, "newDueDate"));

            case "dialogue.dialogue-opened" -> d.remember("opening", p, "institution", "theme", "question");
            case "dialogue.dialogue-report-finalised" -> d.remember("final", p, "conclusions", "recommendations", "stakeholderMix");
            case "dialogue.dialogue-report-published" -> d.publish(DIALOGUE_REPORT_PUBLISHED, DIALOGUE_FOLLOW_UP_STATUS,
                    d.report(p, "final", "institution", "theme", "question"));
            case "dialogue.recommendation-adopted" -> {
                d.state.withObjectProperty("agendaItems").put(text(p, "agendaItemId"), text(p, "recommendationId"));
                d.followUp(DIALOGUE_FOLLOW_UP_STATUS, text(p, "recommendationId"), JSON.objectNode()
                        .put("recommendationId", text(p, "recommendationId")).put("agendaItemId", text(p, "agendaItemId"))
                        .put("dueDate", text(p, "dueDate")).put("status", "ADOPTED"));
            }
            case "dialogue.recommendation-declined" -> d.followUp(DIALOGUE_FOLLOW_UP_STATUS, text(p, "recommendationId"),
                    JSON.objectNode().put("recommendationId", text(p, "recommendationId")).putNull("agendaItemId")
                            .putNull("dueDate").put("status", "DECLINED"));
            case "dialogue.agenda-progress-recorded" -> d.followUpStatus(DIALOGUE_FOLLOW_UP_STATUS,
                    d.state.path("agendaItems").path(text(p, "agendaItemId")).asText(), "IN_PROGRESS", null);
            case "dialogue.agenda-item-completed" -> d.followUpStatus(DIALOGUE_FOLLOW_UP_STATUS,
                    d.state.path("agendaItems").path(text(p, "agendaItemId")).asText(), "COMPLETED", null);

            case "panel-review.panel-review-scheduled" -> d.remember("opening", p, "institution", "framework");
            case "panel-review.panel-report-issued" -> d.remember("final", p, "framework", "standardJudgements");
            case "panel-review.panel-report-reacted-to" -> {
                d.state.put("boardReaction", text(p, "reaction"));
                if (d.published()) {
                    d.tell(PANEL_BOARD_REACTED, JSON.objectNode().put("reaction", text(p, "reaction")));
                }
            }
            case "panel-review.panel-report-published" -> d.publish(PANEL_REPORT_PUBLISHED, null,
                    d.report(p, "final", "institution", "framework")
                            .put("boardReaction", d.state.path("boardReaction").textValue()));

            case "validation.validation-review-opened" -> {
                ObjectNode review = d.review(p).put("title", text(p, "title"));
                review.set("reports", reportsInScope(p.path("reports")));
                review.set("questionSet", JSON.objectNode().put("id", text(p, "questionSetId"))
                        .put("version", text(p, "questionSetVersion")));
            }
            case "validation.validation-review-concluded" -> d.review(p).put("conclusion", text(p, "conclusion"));
            case "validation.board-reaction-recorded" -> d.review(p).put("boardReaction", text(p, "reaction"));
            case "validation.validation-report-published" -> {
                ObjectNode report = JSON.objectNode().put("committeeId", text(p, "committeeId"))
                        .put("reviewId", text(p, "reviewId"));
                report.setAll(d.review(p).deepCopy());
                d.tell(VALIDATION_REPORT_PUBLISHED, report.put("summary", text(p, "summary")));
            }
            case "supervision.supervision-term-set" -> d.tell(SUPERVISION_TERM, JSON.objectNode().put("status", "SET")
                    .put("startsOn", text(p, "startsOn")).<ObjectNode>set("years", p.path("years").deepCopy())
                    .put("endsOn", text(p, "endsOn")));
            case "supervision.supervision-signal-recorded" -> d.tell(SUPERVISION_TERM, JSON.objectNode()
                    .put("status", "TIGHTENED").put("signalledOn", text(p, "signalledOn"))
                    .put("previousEndsOn", text(p, "previousEndsOn")).put("endsOn", text(p, "endsOn")));
            case "supervision.supervision-term-ended" -> d.tell(SUPERVISION_TERM, JSON.objectNode().put("status", "ENDED")
                    .put("startsOn", text(p, "startsOn")).put("endsOn", text(p, "endsOn")));
            case "supervision.follow-up-overdue" -> {
                if (p.path("publicReport").asBoolean(false)) {
                    d.tell(SUPERVISION_FOLLOW_UP_OVERDUE, JSON.objectNode().put("followUpKey", text(p, "followUpKey"))
                            .put("reportId", text(p, "reportId")).put("dueOn", text(p, "dueOn")));
                }
            }
            default -> {
                // confidential: concept reports, comments, dispositions, drafts, sessions, notes, answers, people
            }
        }
        return new Outcome(d.state, List.copyOf(d.facts));
    }

    /**
     * What the inspectorate may verify of a published audit report beside its judgements (issue 16): its process
     * dates as business dates (visit started, concept issued, finalised, published; days, never times or who), the
     * content digests of the final report's versions, the approvals with the version each stands on and whether a
     * later version made it stale, the judgements carried over from earlier assessments with their source and
     * translation, and the inspectorate's follow-up supervision term. No text of a concept, erratum or reason.
     */
    private static final class ReportRecord {
        /** The audit's steps, named by the phase each leads into, whose corrected business date is a process date. */
        private static final Map<String, String> STEPS = Map.of("SITE_VISIT", "visitStartedOn",
                "CONCEPT_ISSUED", "conceptIssuedOn", "FINALISED", "finalisedOn", "PUBLISHED", "publishedOn");
        private final ObjectNode record;
        private final IntegrationEvent event;

        ReportRecord(ObjectNode record, IntegrationEvent event) {
            this.record = record;
            this.event = event;
        }

        /** The business date of the step, or the day it was recorded (Amsterdam) for events without one. */
        ReportRecord processDate(String field, JsonNode payload) {
            String day = payload.hasNonNull("occurredOn") ? payload.get("occurredOn").asText()
                    : LocalDate.ofInstant(event.occurredAt(), AMSTERDAM).toString();
            record.withObjectProperty("processDates").put(field, day);
            return this;
        }

        ReportRecord version(JsonNode payload) {
            record.set("reportDigest", nodeOrNull(payload, "reportDigest"));
            record.withArrayProperty("versions").add(record.get("reportDigest"));
            return this;
        }

        /**
         * An approval, with the digest of the report version it stands on: finalising stands on the final report it
         * makes (the concept it approved stays confidential, and so does its digest); the board's reaction stands on the
         * version it read. It is stale once the report's current version is another than the one it stands on.
         */
        ReportRecord approval(String what, JsonNode payload, String standsOnField) {
            record.withArrayProperty("approvals").addObject().put("approval", what)
                    .set("standsOnDigest", nodeOrNull(payload, standsOnField));
            return this;
        }

        private static JsonNode nodeOrNull(JsonNode payload, String field) {
            return payload.path(field).isMissingNode() ? JSON.nullNode() : payload.get(field);
        }

        ReportRecord carriedOver(JsonNode payload) {
            ObjectNode carried = record.withArrayProperty("carriedOver").addObject();
            for (String field : List.of("standardCode", "value", "framework", "source", "translation")) {
                carried.set(field, payload.path(field).isMissingNode() ? JSON.nullNode() : payload.get(field).deepCopy());
            }
            return this;
        }

        /** A corrected business date of a step moves that process date; other corrections are not public. */
        ReportRecord correctedDate(JsonNode payload) {
            String field = STEPS.get(text(payload, "step"));
            if (field != null) {
                record.withObjectProperty("processDates").set(field, payload.path("correctedDate").deepCopy());
            }
            return this;
        }

        ReportRecord set(String field, JsonNode value) {
            record.set(field, value.isMissingNode() ? JSON.nullNode() : value.deepCopy());
            return this;
        }

        /** The record as told: each approval says whether the report changed after it. */
        ObjectNode told() {
            ObjectNode told = record.deepCopy();
            JsonNode current = record.path("reportDigest");
            told.withArrayProperty("approvals").forEach(approval -> {
                JsonNode standsOn = approval.path("standsOnDigest");
                ((ObjectNode) approval).put("stale", !standsOn.isNull() && !standsOn.equals(current));
            });
            return told;
        }
    }

    /** Which report each review covers, without the titles institutions gave their own questions. */
    private static ArrayNode reportsInScope(JsonNode reports) {
        ArrayNode inScope = JSON.arrayNode();
        reports.forEach(r -> inScope.addObject().put("reportId", text(r, "reportId"))
                .put("reportType", text(r, "reportType")).put("institutionCode", text(r, "institutionCode")));
        return inScope;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    /** One event's disclosure: the state it changes and the facts it tells. */
    private static final class Disclosing {
        private final ObjectNode state;
        private final IntegrationEvent event;
        private final List<PublicFact> facts = new ArrayList<>();

        Disclosing(ObjectNode state, IntegrationEvent event) {
            this.state = state;
            this.event = event;
        }

        void remember(String part, JsonNode payload, String... fields) {
            ObjectNode kept = JSON.objectNode();
            for (String field : fields) {
                kept.set(field, payload.path(field).isMissingNode() ? JSON.nullNode() : payload.get(field).deepCopy());
            }
            state.set(part, kept);
        }

        ObjectNode part(String name) {
            return state.path(name).isObject() ? ((ObjectNode) state.get(name)).deepCopy() : JSON.objectNode();
        }

        /**
         * The report that publication makes public: the named fields remembered from the opening event,
         * then the remembered final report, then the published summary.
         */
        ObjectNode report(JsonNode published, String finalPart, String... openingFields) {
            ObjectNode report = JSON.objectNode();
            ObjectNode opening = part("opening");
            for (String field : openingFields) {
                report.set(field, opening.path(field).isMissingNode() ? JSON.nullNode() : opening.get(field));
            }
            report.setAll(part(finalPart));
            return report.put("summary", text(published, "summary"));
        }

        ReportRecord record() {
            return new ReportRecord(state.withObjectProperty("record"), event);
        }

        /**
         * A change of the record after publication is told at once; before, publication tells it. Takes the change
         * as its argument so that the change is made first.
         */
        void changeRecord(ReportRecord changed) {
            if (published()) {
                tellRecord();
            }
        }

        void tellRecord() {
            tell(AUDIT_REPORT_RECORD, record().told());
        }

        boolean published() {
            return state.path("published").asBoolean(false);
        }

        /** Publication tells the report, then the status of every follow-up known so far. */
        void publish(String reportType, String followUpType, ObjectNode report) {
            state.put("published", true);
            tell(reportType, report);
            if (followUpType != null) {
                state.path("followUps").forEach(followUp -> tell(followUpType, followUp.deepCopy()));
            }
        }

        void followUp(String type, String id, ObjectNode status) {
            state.withObjectProperty("followUps").set(id, status);
            if (published()) {
                tell(type, status.deepCopy());
            }
        }

        void followUpStatus(String type, String id, String status, String newDueDate) {
            JsonNode known = state.path("followUps").path(id);
            if (!known.isObject()) {
                return;
            }
            ObjectNode changed = ((ObjectNode) known).deepCopy().put("status", status);
            if (newDueDate != null) {
                changed.put("dueDate", newDueDate);
            }
            followUp(type, id, changed);
        }

        ObjectNode review(JsonNode payload) {
            return state.withObjectProperty("reviews").withObjectProperty(text(payload, "reviewId"));
        }

        void tell(String factType, ObjectNode body) {
            facts.add(new PublicFact(factType, SCHEMA_VERSION, event.aggregateId(), event.institutionCode(),
                    event.eventId(), event.occurredAt(), body));
        }
    }
}
