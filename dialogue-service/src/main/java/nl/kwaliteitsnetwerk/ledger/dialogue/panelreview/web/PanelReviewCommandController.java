package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.*;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.AssessorRequest;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.validation.DateWindow;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandAccepted;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandSender;
import nl.kwaliteitsnetwerk.ledger.platform.web.ExpectedVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;

/**
 * Every step of a panel review; answers and version checks as for dialogues. Whether the caller is on
 * this panel or of this institution is a rule of the review itself.
 */
@RestController
@RequestMapping("/panel-reviews")
@Tag(name = "Panel review")
class PanelReviewCommandController {

    private final CommandSender commands;

    PanelReviewCommandController(CommandSender commands) {
        this.commands = commands;
    }

    /** A panel review is planned within the institution's cycle of three years, or recorded shortly after. */
    record ScheduleRequest(@NotBlank @SingleLine @Size(max = FieldLimits.CODE) String institutionCode,
                           @Positive @Max(FieldLimits.MAX_BOARD_NUMBER) int boardNumber,
                           @NotBlank @SingleLine @Size(max = FieldLimits.NAME) String institutionName,
                           @NotBlank @SingleLine @Size(max = FieldLimits.CODE) String frameworkId,
                           @NotBlank @SingleLine @Size(max = FieldLimits.CODE) String frameworkVersion,
                           @NotNull @DateWindow(yearsBack = 1, yearsAhead = 5) LocalDate plannedDate) {
    }

    record PanelRequest(@NotNull @Valid AssessorRequest chair,
                        @NotNull @Size(max = FieldLimits.MEMBERS) List<@NotNull @Valid AssessorRequest> members) {
    }

    record SelfEvaluationRequest(@NotNull EvaluationLevel level,
                                 @SingleLine @Size(max = FieldLimits.NAME) String teamName,
                                 @NotBlank @SingleLine @Size(max = FieldLimits.CODE) String standardCode,
                                 @NotBlank String measurableOutcomes, @NotBlank String noticeableOutcomes,
                                 @NotBlank String text) {
    }

    record JudgementRequest(@NotBlank @SingleLine @Size(max = FieldLimits.CODE) String standardCode,
                            @NotBlank @SingleLine @Size(max = FieldLimits.CODE) String value,
                            @NotBlank String rationale,
                            @NotEmpty @Size(max = 100)
                            List<@NotBlank @SingleLine @Size(max = FieldLimits.CODE) String> selfEvaluationIds,
                            String revisionReason) {
    }

    record ReportRequest(@NotBlank String reportText) {
    }

    record ReactionRequest(@NotBlank String reaction, @Pattern(regexp = LedgerHash.HEX_PATTERN) String approvedDigest) {
    }

    record SummaryRequest(@NotBlank String summary) {
    }

    @PostMapping
    @Allowed(ADMINISTRATOR)
    @Operation(summary = "Schedule a panel review of an institution on a version of the reference-values model")
    ResponseEntity<CommandAccepted> schedule(@Valid @RequestBody ScheduleRequest body, Actor actor) {
        String id = UUID.randomUUID().toString();
        return commands.create(id, "/panel-reviews/" + id, new SchedulePanelReview(id,
                new InstitutionRef(body.institutionCode(), body.boardNumber(), body.institutionName()),
                new FrameworkRef(body.frameworkId(), body.frameworkVersion()), body.plannedDate(), actor));
    }

    @PostMapping("/{panelReviewId}/panel")
    @Allowed(ADMINISTRATOR)
    @Operation(summary = "Compose the external panel: experts and regional stakeholders, independent of the institution")
    ResponseEntity<CommandAccepted> panel(@PathVariable String panelReviewId, @Valid @RequestBody PanelRequest body,
                                          ExpectedVersion expected, Actor actor) {
        return commands.send(panelReviewId, null, new ComposePanel(panelReviewId, body.chair().toAssessor(),
                body.members().stream().map(AssessorRequest::toAssessor).toList(), actor, expected.orAny()));
    }

    @PostMapping("/{panelReviewId}/self-evaluations")
    @Allowed(INSTITUTION)
    @Operation(summary = "Submit a self-evaluation on one standard, with measurable and noticeable outcomes (the institution)")
    ResponseEntity<CommandAccepted> selfEvaluation(@PathVariable String panelReviewId,
                                                   @Valid @RequestBody SelfEvaluationRequest body,
                                                   ExpectedVersion expected, Actor actor) {
        String id = UUID.randomUUID().toString();
        return commands.send(panelReviewId, id, new SubmitSelfEvaluation(panelReviewId, id, body.level(), body.teamName(),
                body.standardCode(), body.measurableOutcomes(), body.noticeableOutcomes(), body.text(), actor,
                expected.orAny()));
    }

    @PostMapping("/{panelReviewId}/judgements")
    @Allowed(PANEL_MEMBER)
    @Operation(summary = "Judge a standard on the self-evaluations read; judging again revises, with a reason")
    ResponseEntity<CommandAccepted> judge(@PathVariable String panelReviewId, @Valid @RequestBody JudgementRequest body,
                                          ExpectedVersion expected, Actor actor) {
        return commands.send(panelReviewId, body.standardCode(), new JudgePanelStandard(panelReviewId,
                body.standardCode(), body.value(), body.rationale(), body.selfEvaluationIds(), body.revisionReason(),
                actor, expected.orAny()));
    }

    @PostMapping("/{panelReviewId}/report")
    @Allowed(PANEL_MEMBER)
    @Operation(summary = "Issue the panel's report once every standard is judged (the chair); it never changes after this")
    ResponseEntity<CommandAccepted> report(@PathVariable String panelReviewId, @Valid @RequestBody ReportRequest body,
                                           ExpectedVersion expected, Actor actor) {
        return commands.send(panelReviewId, null, new IssuePanelReport(panelReviewId, body.reportText(), actor,
                expected.orAny()));
    }

    @PostMapping("/{panelReviewId}/reaction")
    @Allowed(INSTITUTION)
    @Operation(summary = "The board's reaction to the report (the institution)")
    ResponseEntity<CommandAccepted> react(@PathVariable String panelReviewId, @Valid @RequestBody ReactionRequest body,
                                          ExpectedVersion expected, Actor actor) {
        return commands.send(panelReviewId, null, new ReactToPanelReport(panelReviewId, body.reaction(),
                body.approvedDigest(), actor,
                expected.orAny()));
    }

    @PostMapping("/{panelReviewId}/publication")
    @Allowed(PANEL_MEMBER)
    @Operation(summary = "Publish the report with a public summary (the chair)")
    ResponseEntity<CommandAccepted> publish(@PathVariable String panelReviewId, @Valid @RequestBody SummaryRequest body,
                                            ExpectedVersion expected, Actor actor) {
        return commands.send(panelReviewId, null, new PublishPanelReport(panelReviewId, body.summary(), actor,
                expected.orAny()));
    }
}
