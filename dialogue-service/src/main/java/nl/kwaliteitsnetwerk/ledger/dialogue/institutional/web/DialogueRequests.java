package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.RecommendationDraft;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.AssessorRequest;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.ParticipationRequest;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.platform.validation.DateWindow;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bodies the dialogue API accepts. Shape and limits are checked here (400); the rules of the
 * dialogue in the aggregate. Names, titles, codes and references take one line; free texts keep the
 * platform's limit. Dates lie where a dialogue can put them: it runs once in three years.
 */
final class DialogueRequests {

    private DialogueRequests() {
    }

    record OpenDialogueRequest(@NotBlank @SingleLine @Size(max = FieldLimits.CODE) String institutionCode,
                               @Positive @Max(FieldLimits.MAX_BOARD_NUMBER) int boardNumber,
                               @NotBlank @SingleLine @Size(max = FieldLimits.NAME) String institutionName,
                               @NotBlank @Size(max = FieldLimits.QUESTION) String question,
                               @NotBlank @SingleLine @Size(max = FieldLimits.NAME) String theme,
                               @NotNull @DateWindow(yearsBack = 1, yearsAhead = 5) LocalDate plannedDate) {
    }

    record CommitteeRequest(@NotNull @Valid AssessorRequest chair, @NotNull @Valid AssessorRequest secretary,
                            @NotNull @Size(max = FieldLimits.MEMBERS) List<@NotNull @Valid AssessorRequest> members) {

        List<Assessor> memberList() {
            return members.stream().map(AssessorRequest::toAssessor).toList();
        }
    }

    /** A questionnaire of the whole institution reaches thousands; a million respondents none. */
    record QuestionnaireRequest(@NotBlank @SingleLine @Size(max = FieldLimits.NAME) String title,
                                @Positive @Max(1_000_000) int respondents, @NotBlank String responseSummary) {
    }

    record DocumentRequest(@NotBlank @SingleLine @Size(max = FieldLimits.NAME) String title,
                           @NotBlank @SingleLine @Size(max = FieldLimits.REFERENCE) String reference) {
    }

    /** Sessions are planned within the dialogue's cycle of three years, or recorded shortly after. */
    record PlanSessionRequest(@NotNull @DateWindow(yearsBack = 1, yearsAhead = 3) LocalDate date,
                              @NotBlank @SingleLine @Size(max = FieldLimits.NAME) String topic) {
    }

    record SessionRecordRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid ParticipationRequest> participants,
                                @NotBlank String discussed) {

        List<Participation> participantList() {
            return participants.stream().map(ParticipationRequest::toParticipation).toList();
        }
    }

    record ObservationRequest(@NotBlank @SingleLine @Size(max = FieldLimits.CODE) String sessionId,
                              @NotNull DialogueLens lens, @NotBlank String text) {
    }

    record ObservationCorrectionRequest(@NotNull DialogueLens lens, @NotBlank String text, @NotBlank String reason) {
    }

    record ReasonRequest(@NotBlank String reason) {
    }

    /** A redraft after the institution's reaction answers it; whether one must is the dialogue's rule. */
    record DraftRequest(@NotEmpty Map<DialogueLens, String> conclusions,
                        @NotNull @Size(max = 100) List<@NotNull RecommendationDraft> recommendations,
                        String reactionAnswer) {
    }

    /** How the final report answers the institution's reaction to the draft it finalises. */
    record FinaliseRequest(String reactionAnswer, @Pattern(regexp = LedgerHash.HEX_PATTERN) String approvedDigest) {
    }

    record ReactionRequest(@NotBlank String reaction, @Pattern(regexp = LedgerHash.HEX_PATTERN) String approvedDigest) {
    }

    record SummaryRequest(@NotBlank String summary) {
    }

    /** The development agenda runs into the next cycles; its due dates do too, not further. */
    record AdoptionRequest(@NotBlank String description,
                           @NotBlank @SingleLine @Size(max = FieldLimits.NAME) String owner,
                           @NotNull @DateWindow(yearsBack = 1, yearsAhead = 6) LocalDate dueDate) {
    }

    record NoteRequest(@NotBlank String note) {
    }

    record EvidenceRequest(@NotBlank String evidence) {
    }
}
