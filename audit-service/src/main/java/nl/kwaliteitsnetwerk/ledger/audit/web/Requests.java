package nl.kwaliteitsnetwerk.ledger.audit.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditKind;
import nl.kwaliteitsnetwerk.ledger.audit.api.CommentDisposition;
import nl.kwaliteitsnetwerk.ledger.audit.api.EvidenceReference;
import nl.kwaliteitsnetwerk.ledger.audit.api.FindingKind;
import nl.kwaliteitsnetwerk.ledger.audit.api.TeamMember;
import nl.kwaliteitsnetwerk.ledger.platform.validation.DateWindow;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits.CODE;
import static nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits.MAX_BOARD_NUMBER;
import static nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits.NAME;
import static nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits.REFERENCE;

/**
 * The bodies the audit API accepts. Shape and limits are checked here (400); the rules of the audit in
 * the aggregate. Names, codes and references take one line; the free texts (findings, rationales,
 * reports) keep the platform-wide limit; the bounds of each kind of field are the platform's
 * {@link nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits}. Dates lie in a window that fits what they date.
 */
final class Requests {

    private Requests() {
    }

    /** Planned within the next five years; one a year back may still be entered late. */
    record ScheduleAuditRequest(@NotBlank @SingleLine @Size(max = CODE) String institutionCode,
                                @Positive @Max(MAX_BOARD_NUMBER) int boardNumber,
                                @NotBlank @SingleLine @Size(max = NAME) String institutionName,
                                @NotNull AuditKind kind,
                                @SingleLine @Size(max = NAME) String theme,
                                @NotNull @DateWindow(yearsBack = 1, yearsAhead = 5) LocalDate plannedDate,
                                @NotBlank @SingleLine @Size(max = CODE) String frameworkId,
                                @NotBlank @SingleLine @Size(max = CODE) String frameworkVersion) {
    }

    /** An audit team is a lead and a handful of auditors. */
    record AssignTeamRequest(@NotNull @Valid TeamMemberRequest leadAuditor,
                             @NotNull @Size(max = 20) List<@NotNull @Valid TeamMemberRequest> auditors) {

        List<TeamMember> auditorMembers() {
            return auditors.stream().map(TeamMemberRequest::toMember).toList();
        }
    }

    record TeamMemberRequest(@SingleLine @Size(max = CODE) String userId,
                             @SingleLine @Size(max = NAME) String name,
                             @SingleLine @Size(max = NAME) String affiliation,
                             @SingleLine @Size(max = CODE) String affiliationInstitutionCode) {

        TeamMember toMember() {
            return new TeamMember(userId, name, affiliation, affiliationInstitutionCode);
        }
    }

    /** An intake is recorded once it has been held, within the last two years. */
    record IntakeRequest(@NotNull @DateWindow(yearsBack = 2, yearsAhead = 0) LocalDate heldOn,
                         @NotBlank String expectations) {
    }

    record FindingRequest(@NotBlank @SingleLine @Size(max = CODE) String standardCode, @NotNull FindingKind kind,
                          @NotBlank String text,
                          @NotNull @Size(max = 100) List<@NotNull @Valid EvidenceRequest> evidence) {

        List<EvidenceReference> evidenceReferences() {
            return EvidenceRequest.references(evidence);
        }
    }

    record CorrectionRequest(@NotBlank @SingleLine @Size(max = CODE) String standardCode, @NotNull FindingKind kind,
                             @NotBlank String text,
                             @NotNull @Size(max = 100) List<@NotNull @Valid EvidenceRequest> evidence,
                             @NotBlank String reason) {

        List<EvidenceReference> evidenceReferences() {
            return EvidenceRequest.references(evidence);
        }
    }

    /** Whether kind and reference are there is a rule of the finding (evidence-required), not of the shape. */
    record EvidenceRequest(EvidenceReference.Kind kind, @SingleLine @Size(max = REFERENCE) String reference) {

        static List<EvidenceReference> references(List<EvidenceRequest> evidence) {
            return evidence.stream().map(e -> new EvidenceReference(e.kind(), e.reference())).toList();
        }
    }

    record ReasonRequest(@NotBlank String reason) {
    }

    record JudgementRequest(@NotBlank @SingleLine @Size(max = CODE) String standardCode,
                            @NotBlank @SingleLine @Size(max = CODE) String value,
                            @NotBlank String rationale, String revisionReason) {
    }

    record OverallJudgementRequest(@NotBlank @SingleLine @Size(max = CODE) String value, @NotBlank String rationale,
                                   String revisionReason) {
    }

    record SummaryRequest(@NotBlank String summary) {
    }

    /** A comment period lasts weeks, not years; that it ends in the future is a rule of the audit. */
    record ConceptReportRequest(@NotBlank String reportText,
                                @NotNull @DateWindow(yearsBack = 0, yearsAhead = 1) Instant commentDeadline) {
    }

    record CommentRequest(@SingleLine @Size(max = CODE) String standardCode, @NotBlank String text) {
    }

    record DispositionRequest(@NotNull CommentDisposition disposition, @NotBlank String explanation) {
    }

    record FinalReportRequest(@NotBlank String reportText) {
    }

    record ErratumRequest(@NotBlank String correction, @NotBlank String reason) {
    }

    /**
     * A due date per improvement point (by finding id), within the next audit cycle and a little more;
     * that each lies after today is a rule of the audit.
     */
    record PublicationRequest(@NotBlank String summary,
                              @NotNull @Size(max = 200) Map<@SingleLine @Size(max = CODE) String,
                                      @DateWindow(yearsBack = 0, yearsAhead = 5) LocalDate> followUpDueDates) {
    }

    record FollowUpDoneRequest(@NotBlank String evidence) {
    }

    record FollowUpAcceptanceRequest(String note) {
    }

    record FollowUpReopeningRequest(@NotBlank String reason,
                                    @NotNull @DateWindow(yearsBack = 0, yearsAhead = 5) LocalDate newDueDate) {
    }
}
