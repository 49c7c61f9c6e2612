package nl.kwaliteitsnetwerk.ledger.audit.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditKind;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.api.CommentDisposition;
import nl.kwaliteitsnetwerk.ledger.audit.api.EvidenceReference;
import nl.kwaliteitsnetwerk.ledger.audit.api.FindingKind;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportDigest;
import nl.kwaliteitsnetwerk.ledger.audit.api.SupervisionTerm;
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

    /**
     * How far back a step may be dated: a case is entered after the fact (the BM Services investigations of 2021
     * and 2022, entered in 2026) up to ten years back, two supervision terms and more. That a step is not dated
     * after today, nor before the step it follows, is a rule of the audit.
     */
    static final int HISTORIC_YEARS = 10;

    private Requests() {
    }

    /** Planned within the next five years; one of a past case is entered after the fact, with its own date. */
    record ScheduleAuditRequest(@NotBlank @SingleLine @Size(max = CODE) String institutionCode,
                                @Positive @Max(MAX_BOARD_NUMBER) int boardNumber,
                                @NotBlank @SingleLine @Size(max = NAME) String institutionName,
                                @NotNull AuditKind kind,
                                @SingleLine @Size(max = NAME) String theme,
                                @NotNull @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 5) LocalDate plannedDate,
                                @NotBlank @SingleLine @Size(max = CODE) String frameworkId,
                                @NotBlank @SingleLine @Size(max = CODE) String frameworkVersion,
                                @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    /** An audit team is a lead and a handful of auditors. */
    record AssignTeamRequest(@NotNull @Valid TeamMemberRequest leadAuditor,
                             @NotNull @Size(max = 20) List<@NotNull @Valid TeamMemberRequest> auditors,
                             @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {

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

    /** An intake is recorded once it has been held; of a past case, after the fact. */
    record IntakeRequest(@NotNull @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate heldOn,
                         @NotBlank String expectations) {
    }

    /** The day a step happened, for a case entered after the fact; none: today. */
    record OccurredOnRequest(@DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    record FindingRequest(@NotBlank @SingleLine @Size(max = CODE) String standardCode, @NotNull FindingKind kind,
                          @NotBlank String text,
                          @NotNull @Size(max = 100) List<@NotNull @Valid EvidenceRequest> evidence,
                          @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {

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
                            @NotBlank String rationale, String revisionReason,
                            @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    record OverallJudgementRequest(@NotBlank @SingleLine @Size(max = CODE) String value, @NotBlank String rationale,
                                   String revisionReason,
                                   @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    record SummaryRequest(@NotBlank String summary,
                          @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    record ReopeningRequest(@NotBlank String reason,
                            @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    /**
     * Carries a judgement of an earlier audit over onto a standard of this one: the source by its audit and
     * judgement id (as that audit's view shows them).
     */
    record CarryOverRequest(@NotBlank @SingleLine @Size(max = CODE) String standardCode,
                            @NotBlank @SingleLine @Size(max = CODE) String sourceAuditId,
                            @NotBlank @SingleLine @Size(max = CODE) String sourceJudgementId,
                            @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    /** Corrects the day a step happened (named by the phase it led into), with the reason. */
    record BusinessDateCorrectionRequest(@NotNull AuditStatus step,
                                         @NotNull @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0)
                                         LocalDate correctedDate,
                                         @NotBlank String reason) {
    }

    /**
     * A comment period lasts weeks, not years; that it ends in the future (for a past case: after the day the
     * concept was issued) is a rule of the audit.
     */
    record ConceptReportRequest(@NotBlank String reportText,
                                @NotNull @DateWindow(yearsBack = HISTORIC_YEARS,
                                        yearsAhead = 1) Instant commentDeadline,
                                @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    record CommentRequest(@SingleLine @Size(max = CODE) String standardCode, @NotBlank String text,
                          @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    record DispositionRequest(@NotNull CommentDisposition disposition, @NotBlank String explanation,
                              @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    /** Cites the content digest of the concept revision it finalises (as the audit view shows it). */
    record FinalReportRequest(@NotBlank String reportText,
                              @NotBlank @Pattern(regexp = ReportDigest.PATTERN) String approvedDigest,
                              @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn,
                              @Positive @Max(SupervisionTerm.REGULAR_YEARS) Integer supervisionTermYears) {
    }

    /** The board's reaction cites the content digest of the report version it reacts to, the one in force. */
    record BoardReactionRequest(@NotBlank String reaction,
                                @NotBlank @Pattern(regexp = ReportDigest.PATTERN) String approvedDigest,
                                @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    record ErratumRequest(@NotBlank String correction, @NotBlank String reason,
                          @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    /**
     * A due date per improvement point (by finding id), within the next audit cycle and a little more;
     * that each lies after today (for a past case: after the day of publication) is a rule of the audit.
     */
    record PublicationRequest(@NotBlank String summary,
                              @NotNull @Size(max = 200) Map<@SingleLine @Size(max = CODE) String,
                                      @DateWindow(yearsBack = HISTORIC_YEARS,
                                              yearsAhead = 5) LocalDate> followUpDueDates,
                              @DateWindow(yearsBack = HISTORIC_YEARS, yearsAhead = 0) LocalDate occurredOn) {
    }

    record FollowUpDoneRequest(@NotBlank String evidence) {
    }

    record FollowUpAcceptanceRequest(String note) {
    }

    record FollowUpReopeningRequest(@NotBlank String reason,
                                    @NotNull @DateWindow(yearsBack = 0, yearsAhead = 5) LocalDate newDueDate) {
    }
}
