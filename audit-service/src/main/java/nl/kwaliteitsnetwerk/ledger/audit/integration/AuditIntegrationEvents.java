package nl.kwaliteitsnetwerk.ledger.audit.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator;

import java.util.Optional;

/**
 * The public contract of the audit service on {@value IntegrationTopics#AUDITS}: for every domain
 * event, an integration event whose type and fields are written out here by hand, so a change to a
 * domain event cannot silently change what other services receive. Schema version 1 for all types.
 */
public class AuditIntegrationEvents implements IntegrationEventTranslator {

    static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = IntegrationEventCodec.mapper();

    @Override
    public String topic() {
        return IntegrationTopics.AUDITS;
    }

    @Override
    public Optional<Translation> translate(Object domainEvent) {
        if (!(domainEvent instanceof AuditEvent event)) {
            return Optional.empty();
        }
        ObjectNode payload = mapper.createObjectNode();
        String type = describe(event, payload);
        payload.put("occurredOn", event.occurredOn().toString());
        return Optional.of(new Translation("audit." + type, SCHEMA_VERSION, event.occurredAt(),
                event.actor(), payload));
    }

    /** Fills {@code p} with the event's public fields and returns its type name. */
    private String describe(AuditEvent event, ObjectNode p) {
        if (event instanceof AuditScheduled e) {
            p.set("institution", mapper.valueToTree(e.institution()));
            p.put("kind", e.kind().name()).put("theme", e.theme()).put("plannedDate", e.plannedDate().toString());
            p.set("framework", mapper.valueToTree(e.framework()));
            return "scheduled";
        } else if (event instanceof AuditTeamAssigned e) {
            p.set("leadAuditor", mapper.valueToTree(e.leadAuditor()));
            p.set("auditors", mapper.valueToTree(e.auditors()));
            return "team-assigned";
        } else if (event instanceof IntakeRecorded e) {
            p.put("heldOn", e.heldOn().toString()).put("expectations", e.expectations());
            return "intake-recorded";
        } else if (event instanceof SiteVisitStarted) {
            return "site-visit-started";
        } else if (event instanceof FindingRecorded e) {
            finding(p, e.findingId(), e.standardCode(), e.kind(), e.text()).set("evidence", mapper.valueToTree(e.evidence()));
            return "finding-recorded";
        } else if (event instanceof FindingCorrected e) {
            finding(p, e.findingId(), e.standardCode(), e.kind(), e.text()).put("revision", e.revision())
                    .put("corrects", e.findingId()).put("reason", e.reason())
                    .set("evidence", mapper.valueToTree(e.evidence()));
            return "finding-corrected";
        } else if (event instanceof FindingRetracted e) {
            p.put("findingId", e.findingId()).put("retracts", e.findingId()).put("reason", e.reason());
            return "finding-retracted";
        } else if (event instanceof StandardJudged e) {
            judgement(p, e.judgementId(), e.value(), e.rationale(), e.revises(), e.revisionReason())
                    .put("standardCode", e.standardCode())
                    .set("framework", mapper.valueToTree(e.framework()));
            return "standard-judged";
        } else if (event instanceof OverallJudgementRecorded e) {
            judgement(p, e.judgementId(), e.value(), e.rationale(), e.revises(), e.revisionReason())
                    .set("framework", mapper.valueToTree(e.framework()));
            return "overall-judgement-recorded";
        } else if (event instanceof OralFeedbackGiven e) {
            p.put("summary", e.summary());
            return "oral-feedback-given";
        } else if (event instanceof ConceptReportIssued e) {
            p.put("revision", e.revision()).put("reportText", e.reportText())
                    .put("commentDeadline", e.commentDeadline().toString())
                    .put("reportDigest", orComputed(e.reportDigest(), ReportDigest.of(e)));
            return "concept-report-issued";
        } else if (event instanceof AuditReopened e) {
            p.put("reason", e.reason());
            return "reopened";
        } else if (event instanceof ConceptCommented e) {
            p.put("commentId", e.commentId()).put("conceptRevision", e.conceptRevision())
                    .put("standardCode", e.standardCode()).put("text", e.text());
            return "concept-commented";
        } else if (event instanceof CommentDisposed e) {
            p.put("commentId", e.commentId()).put("disposition", e.disposition().name())
                    .put("explanation", e.explanation());
            return "comment-disposed";
        } else if (event instanceof ReportFinalised e) {
            p.put("reportText", e.reportText()).put("overallJudgement", e.overallJudgement());
            p.set("framework", mapper.valueToTree(e.framework()));
            p.set("standardJudgements", mapper.valueToTree(e.standardJudgements()));
            p.set("improvementPointIds", mapper.valueToTree(e.improvementPointIds()));
            BusinessTimePayloads.supervisionTerm(p, e.supervisionTerm());
            p.put("reportDigest", orComputed(e.reportDigest(), ReportDigest.of(e))).put("approvedDigest", e.approvedDigest());
            return "report-finalised";
        } else if (event instanceof ErratumIssued e) {
            p.put("erratumId", e.erratumId()).put("correction", e.correction()).put("reason", e.reason())
                    .put("corrects", "final-report")
                    .put("reportDigest", e.reportDigest()).put("supersedesDigest", e.supersedesDigest());
            return "erratum-issued";
        } else if (event instanceof PublicSummaryPublished e) {
            p.put("summary", e.summary());
            return "summary-published";
        } else if (event instanceof FollowUpActionOpened e) {
            p.put("followUpId", e.followUpId()).put("findingId", e.findingId()).put("standardCode", e.standardCode())
                    .put("description", e.description()).put("owner", e.ownerInstitutionCode())
                    .put("dueDate", e.dueDate().toString());
            return "follow-up-opened";
        } else if (event instanceof FollowUpReportedDone e) {
            p.put("followUpId", e.followUpId()).put("evidence", e.evidence());
            return "follow-up-reported-done";
        } else if (event instanceof FollowUpAccepted e) {
            p.put("followUpId", e.followUpId()).put("note", e.note());
            return "follow-up-accepted";
        } else if (event instanceof FollowUpReopened e) {
            p.put("followUpId", e.followUpId()).put("reason", e.reason()).put("newDueDate", e.newDueDate().toString());
            return "follow-up-reopened";
        }
        if (event instanceof BoardReactionRecorded e) {
            p.put("reaction", e.reaction()).put("approvedDigest", e.approvedDigest());
            return "board-reaction-recorded";
        }
        String timed = BusinessTimePayloads.describe(event, p);
        if (timed != null) {
            return timed;
        }
        throw new IllegalStateException("no integration event for " + event.getClass().getSimpleName());
    }

    /**
     * A report version's digest as stored, or for an event stored before digests, as computed from it (a concept
     * or a final report holds all its content; an old erratum's digest needs the version before it, which this
     * translator, seeing one event at a time, does not know: it stays null there, and readers fold it).
     */
    private static String orComputed(String stored, String computed) {
        return stored != null ? stored : computed;
    }

    private static ObjectNode finding(ObjectNode p, String findingId, String standardCode, FindingKind kind, String text) {
        return p.put("findingId", findingId).put("standardCode", standardCode).put("kind", kind.name()).put("text", text);
    }

    private static ObjectNode judgement(ObjectNode p, String judgementId, String value, String rationale,
                                        String revises, String revisionReason) {
        return p.put("judgementId", judgementId).put("value", value).put("rationale", rationale)
                .put("revises", revises).put("revisionReason", revisionReason);
    }
}
