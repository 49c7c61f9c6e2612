package nl.kwaliteitsnetwerk.ledger.dialogue.institutional.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.RecommendationDraft;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.DialogueLens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The bodies the dialogue API accepts. Shape is checked here (400); the rules of the dialogue in the aggregate. */
final class DialogueRequests {

    private DialogueRequests() {
    }

    record OpenDialogueRequest(@NotBlank String institutionCode, @Positive int boardNumber,
                               @NotBlank String institutionName, @NotBlank String question, @NotBlank String theme,
                               @NotNull LocalDate plannedDate) {
    }

    record CommitteeRequest(@NotNull @Valid Assessor chair, @NotNull @Valid Assessor secretary,
                            @NotNull List<@NotNull Assessor> members) {
    }

    record QuestionnaireRequest(@NotBlank String title, @Positive int respondents, @NotBlank String responseSummary) {
    }

    record DocumentRequest(@NotBlank String title, @NotBlank String reference) {
    }

    record PlanSessionRequest(@NotNull LocalDate date, @NotBlank String topic) {
    }

    record SessionRecordRequest(@NotEmpty List<@NotNull Participation> participants, @NotBlank String discussed) {
    }

    record ObservationRequest(@NotBlank String sessionId, @NotNull DialogueLens lens, @NotBlank String text) {
    }

    record ObservationCorrectionRequest(@NotNull DialogueLens lens, @NotBlank String text, @NotBlank String reason) {
    }

    record ReasonRequest(@NotBlank String reason) {
    }

    record DraftRequest(@NotEmpty Map<DialogueLens, String> conclusions,
                        @NotNull List<@NotNull RecommendationDraft> recommendations) {
    }

    record ReactionRequest(@NotBlank String reaction) {
    }

    record SummaryRequest(@NotBlank String summary) {
    }

    record AdoptionRequest(@NotBlank String description, @NotBlank String owner, @NotNull LocalDate dueDate) {
    }

    record NoteRequest(@NotBlank String note) {
    }

    record EvidenceRequest(@NotBlank String evidence) {
    }
}
