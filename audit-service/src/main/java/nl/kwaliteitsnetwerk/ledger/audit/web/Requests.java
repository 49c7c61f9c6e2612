package nl.kwaliteitsnetwerk.ledger.audit.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditKind;
import nl.kwaliteitsnetwerk.ledger.audit.api.CommentDisposition;
import nl.kwaliteitsnetwerk.ledger.audit.api.EvidenceReference;
import nl.kwaliteitsnetwerk.ledger.audit.api.FindingKind;
import nl.kwaliteitsnetwerk.ledger.audit.api.TeamMember;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The bodies the audit API accepts. Shape is checked here (400); the rules of the audit in the aggregate. */
final class Requests {

    private Requests() {
    }

    record ScheduleAuditRequest(@NotBlank String institutionCode, @Positive int boardNumber,
                                @NotBlank String institutionName, @NotNull AuditKind kind, String theme,
                                @NotNull LocalDate plannedDate, @NotBlank String frameworkId,
                                @NotBlank String frameworkVersion) {
    }

    record AssignTeamRequest(@NotNull @Valid TeamMember leadAuditor, @NotNull List<@NotNull TeamMember> auditors) {
    }

    record IntakeRequest(@NotNull LocalDate heldOn, @NotBlank String expectations) {
    }

    record FindingRequest(@NotBlank String standardCode, @NotNull FindingKind kind, @NotBlank String text,
                          @NotNull List<@NotNull EvidenceReference> evidence) {
    }

    record CorrectionRequest(@NotBlank String standardCode, @NotNull FindingKind kind, @NotBlank String text,
                             @NotNull List<@NotNull EvidenceReference> evidence, @NotBlank String reason) {
    }

    record ReasonRequest(@NotBlank String reason) {
    }

    record JudgementRequest(@NotBlank String standardCode, @NotBlank String value, @NotBlank String rationale,
                            String revisionReason) {
    }

    record OverallJudgementRequest(@NotBlank String value, @NotBlank String rationale, String revisionReason) {
    }

    record SummaryRequest(@NotBlank String summary) {
    }

    record ConceptReportRequest(@NotBlank String reportText, @NotNull Instant commentDeadline) {
    }

    record CommentRequest(String standardCode, @NotBlank String text) {
    }

    record DispositionRequest(@NotNull CommentDisposition disposition, @NotBlank String explanation) {
    }

    record FinalReportRequest(@NotBlank String reportText) {
    }

    record ErratumRequest(@NotBlank String correction, @NotBlank String reason) {
    }

    record PublicationRequest(@NotBlank String summary, @NotNull Map<String, LocalDate> followUpDueDates) {
    }

    record FollowUpDoneRequest(@NotBlank String evidence) {
    }

    record FollowUpAcceptanceRequest(String note) {
    }

    record FollowUpReopeningRequest(@NotBlank String reason, @NotNull LocalDate newDueDate) {
    }

    /** What every accepted command answers: the audit, its new version, and the id of what it created. */
    record CommandAccepted(String auditId, long version, String createdId) {
    }
}
