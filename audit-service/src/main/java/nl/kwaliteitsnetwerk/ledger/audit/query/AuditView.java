package nl.kwaliteitsnetwerk.ledger.audit.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditKind;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.api.CommentDisposition;
import nl.kwaliteitsnetwerk.ledger.audit.api.EvidenceReference;
import nl.kwaliteitsnetwerk.ledger.audit.api.FindingKind;
import nl.kwaliteitsnetwerk.ledger.audit.api.TeamMember;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.FoldedView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read model of one audit: everything the ledger knows about it, folded from its events.
 * A document, deliberately mutable: {@link AuditViewFolder} changes it one event at a time and
 * {@code version} is the sequence number of the last event applied, so a redelivery changes nothing.
 */
public class AuditView extends FoldedView {

    public String auditId;
    public InstitutionRef institution;
    public AuditKind kind;
    public String theme;
    public LocalDate plannedDate;
    public FrameworkRef framework;
    public AuditStatus status;
    public Instant scheduledAt;
    public TeamMember leadAuditor;
    public List<TeamMember> auditors = new ArrayList<>();
    public Intake intake;
    public Instant siteVisitStartedAt;
    public List<Finding> findings = new ArrayList<>();
    public Map<String, Judgement> judgements = new LinkedHashMap<>();
    public List<Judgement> judgementHistory = new ArrayList<>();
    public Judgement overallJudgement;
    public String oralFeedback;
    public Concept concept;
    public List<Reopening> reopenings = new ArrayList<>();
    public List<Comment> comments = new ArrayList<>();
    public FinalReport finalReport;
    public List<Erratum> errata = new ArrayList<>();
    /** The report's versions by content digest, and the approvals that cite them (current or stale). */
    public ReportVersionsView reportVersions = new ReportVersionsView();
    public Publication publication;
    public List<FollowUp> followUps = new ArrayList<>();
    /** Business time: when each step happened beside when it was recorded; carried-over judgements; the term. */
    public BusinessTimeView businessTime = new BusinessTimeView();

    public boolean isTeamMember(String userId) {
        return (leadAuditor != null && leadAuditor.userId().equals(userId))
                || auditors.stream().anyMatch(a -> a.userId().equals(userId));
    }

    public Finding finding(String findingId) {
        return findings.stream().filter(f -> f.findingId.equals(findingId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("finding " + findingId + " unknown in view " + auditId));
    }

    public Comment comment(String commentId) {
        return comments.stream().filter(c -> c.commentId.equals(commentId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("comment " + commentId + " unknown in view " + auditId));
    }

    public FollowUp followUp(String followUpId) {
        return followUps.stream().filter(f -> f.followUpId.equals(followUpId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("follow-up " + followUpId + " unknown in view " + auditId));
    }

    public record Intake(LocalDate heldOn, String expectations, Actor recordedBy) {
    }

    public record Correction(int revision, String reason, Actor correctedBy, Instant correctedAt) {
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static class Finding {
        public String findingId;
        public String standardCode;
        public FindingKind kind;
        public String text;
        public List<EvidenceReference> evidence = new ArrayList<>();
        public int revision;
        public boolean retracted;
        public String retractionReason;
        public Actor recordedBy;
        public Instant recordedAt;
        public List<Correction> corrections = new ArrayList<>();
    }

    public record Judgement(String judgementId, String standardCode, String value, String rationale,
                            FrameworkRef framework, String revises, String revisionReason,
                            Actor judgedBy, Instant judgedAt) {
    }

    public record Concept(int revision, String reportText, Instant commentDeadline, Instant issuedAt) {
    }

    public record Reopening(String reason, Actor reopenedBy, Instant reopenedAt) {
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static class Comment {
        public String commentId;
        public int conceptRevision;
        public String standardCode;
        public String text;
        public Actor commentedBy;
        public Instant commentedAt;
        public CommentDisposition disposition;
        public String explanation;
        public Instant disposedAt;
    }

    public record FinalReport(String reportText, FrameworkRef framework, Map<String, String> standardJudgements,
                              String overallJudgement, List<String> improvementPointIds, Instant finalisedAt) {
    }

    public record Erratum(String erratumId, String correction, String reason, Actor issuedBy, Instant issuedAt) {
    }

    public record Publication(String summary, Instant publishedAt) {
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static class FollowUp {
        public String followUpId;
        public String findingId;
        public String standardCode;
        public String description;
        public String ownerInstitutionCode;
        public LocalDate dueDate;
        public FollowUpStatus status;
        public String evidence;
        public String lastNote;
        public Instant closedAt;
    }

    public enum FollowUpStatus { OPEN, REPORTED_DONE, ACCEPTED }
}
