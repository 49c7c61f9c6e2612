package nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.Assessor;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.*;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.CommandAccepted;
import nl.kwaliteitsnetwerk.ledger.dialogue.web.Commands;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;

/** Every step of a panel review; answers and version checks as for dialogues. */
@RestController
@RequestMapping("/panel-reviews")
@Tag(name = "Panel review")
class PanelReviewCommandController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final Commands commands;

    PanelReviewCommandController(Commands commands) {
        this.commands = commands;
    }

    record ScheduleRequest(@NotBlank String institutionCode, @Positive int boardNumber, @NotBlank String institutionName,
                           @NotBlank String frameworkId, @NotBlank String frameworkVersion, @NotNull LocalDate plannedDate) {
    }

    record PanelRequest(@NotNull @Valid Assessor chair, @NotNull List<@NotNull Assessor> members) {
    }

    record SelfEvaluationRequest(@NotNull EvaluationLevel level, String teamName, @NotBlank String standardCode,
                                 @NotBlank String measurableOutcomes, @NotBlank String noticeableOutcomes,
                                 @NotBlank String text) {
    }

    record JudgementRequest(@NotBlank String standardCode, @NotBlank String value, @NotBlank String rationale,
                            @NotEmpty List<@NotBlank String> selfEvaluationIds, String revisionReason) {
    }

    record ReportRequest(@NotBlank String reportText) {
    }

    record ReactionRequest(@NotBlank String reaction) {
    }

    record SummaryRequest(@NotBlank String summary) {
    }

    @PostMapping
    @Operation(summary = "Schedule a panel review of an institution on a version of the reference-values model")
    ResponseEntity<CommandAccepted> schedule(@Valid @RequestBody ScheduleRequest body, Caller caller) {
        String id = UUID.randomUUID().toString();
        return commands.create(id, "/panel-reviews/" + id, new SchedulePanelReview(id,
                new InstitutionRef(body.institutionCode(), body.boardNumber(), body.institutionName()),
                new FrameworkRef(body.frameworkId(), body.frameworkVersion()), body.plannedDate(),
                caller.actingAs(ADMINISTRATOR)));
    }

    @PostMapping("/{panelReviewId}/panel")
    @Operation(summary = "Compose the external panel: experts and regional stakeholders, independent of the institution")
    ResponseEntity<CommandAccepted> panel(@PathVariable String panelReviewId, @Valid @RequestBody PanelRequest body,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          Caller caller) {
        return commands.send(panelReviewId, null, new ComposePanel(panelReviewId, body.chair(), body.members(),
                caller.actingAs(ADMINISTRATOR), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{panelReviewId}/self-evaluations")
    @Operation(summary = "Submit a self-evaluation on one standard, with measurable and noticeable outcomes (the institution)")
    ResponseEntity<CommandAccepted> selfEvaluation(@PathVariable String panelReviewId,
                                                   @Valid @RequestBody SelfEvaluationRequest body,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   Caller caller) {
        String id = UUID.randomUUID().toString();
        return commands.send(panelReviewId, id, new SubmitSelfEvaluation(panelReviewId, id, body.level(), body.teamName(),
                body.standardCode(), body.measurableOutcomes(), body.noticeableOutcomes(), body.text(),
                caller.actingAs(INSTITUTION), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{panelReviewId}/judgements")
    @Operation(summary = "Judge a standard on the self-evaluations read; judging again revises, with a reason")
    ResponseEntity<CommandAccepted> judge(@PathVariable String panelReviewId, @Valid @RequestBody JudgementRequest body,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          Caller caller) {
        return commands.send(panelReviewId, body.standardCode(), new JudgePanelStandard(panelReviewId,
                body.standardCode(), body.value(), body.rationale(), body.selfEvaluationIds(), body.revisionReason(),
                caller.actingAs(PANEL_MEMBER), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{panelReviewId}/report")
    @Operation(summary = "Issue the panel's report once every standard is judged (the chair); it never changes after this")
    ResponseEntity<CommandAccepted> report(@PathVariable String panelReviewId, @Valid @RequestBody ReportRequest body,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           Caller caller) {
        return commands.send(panelReviewId, null, new IssuePanelReport(panelReviewId, body.reportText(),
                caller.actingAs(PANEL_MEMBER), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{panelReviewId}/reaction")
    @Operation(summary = "The board's reaction to the report (the institution)")
    ResponseEntity<CommandAccepted> react(@PathVariable String panelReviewId, @Valid @RequestBody ReactionRequest body,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          Caller caller) {
        return commands.send(panelReviewId, null, new ReactToPanelReport(panelReviewId, body.reaction(),
                caller.actingAs(INSTITUTION), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{panelReviewId}/publication")
    @Operation(summary = "Publish the report with a public summary (the chair)")
    ResponseEntity<CommandAccepted> publish(@PathVariable String panelReviewId, @Valid @RequestBody SummaryRequest body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            Caller caller) {
        return commands.send(panelReviewId, null, new PublishPanelReport(panelReviewId, body.summary(),
                caller.actingAs(PANEL_MEMBER), Versions.fromIfMatch(ifMatch)));
    }
}
