package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.*;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportState;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.web.CommitteeController.COMMITTEE;

/**
 * The steps of a validation review. Reports are chosen from the trail by id: the review records each
 * as the trail knows it (type, institution, when it became final), and the committee's rules decide
 * whether it may be reviewed.
 */
@RestController
@Tag(name = "Validation reviews")
class ValidationReviewCommandController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final CommandGateway commands;
    private final TrailStore trail;

    ValidationReviewCommandController(CommandGateway commands, TrailStore trail) {
        this.commands = commands;
        this.trail = trail;
    }

    record OpenRequest(@NotBlank String title, @NotEmpty List<@NotBlank String> reportIds, @NotBlank String questionSetId,
                       @NotBlank String questionSetVersion) {
    }

    record AnswerRequest(@NotBlank String reportId, @NotBlank String questionId, @NotNull Answer answer,
                         @NotBlank String reasoning, String revisionReason) {
    }

    record TextRequest(@NotBlank String text) {
    }

    record Accepted(String reviewId, long committeeVersion) {
    }

    @PostMapping("/validation-reviews")
    @Operation(summary = "Open a review of final reports, chosen from the trail, against a version of the questions (the chair)")
    ResponseEntity<Accepted> open(@Valid @RequestBody OpenRequest body,
                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Caller caller) {
        String reviewId = UUID.randomUUID().toString();
        List<ReportUnderReview> reports = body.reportIds().stream().map(this::underReview).toList();
        long version = commands.sendAndWait(new OpenValidationReview(COMMITTEE, reviewId, body.title(), reports,
                body.questionSetId(), body.questionSetVersion(), member(caller), Versions.fromIfMatch(ifMatch)));
        return ResponseEntity.created(URI.create("/validation-reviews/" + reviewId)).eTag(Versions.etag(version))
                .body(new Accepted(reviewId, version));
    }

    @PostMapping("/validation-reviews/{reviewId}/answers")
    @Operation(summary = "Answer a question for a report, with reasoning; again, with a reason, to revise (a member)")
    ResponseEntity<Accepted> answer(@PathVariable String reviewId, @Valid @RequestBody AnswerRequest body,
                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return send(reviewId, new AnswerValidationQuestion(COMMITTEE, reviewId, body.reportId(), body.questionId(),
                body.answer(), body.reasoning(), body.revisionReason(), member(caller), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/validation-reviews/{reviewId}/conclusion")
    @Operation(summary = "Conclude the review once every question is answered for every report (the chair)")
    ResponseEntity<Accepted> conclude(@PathVariable String reviewId, @Valid @RequestBody TextRequest body,
                                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return send(reviewId, new ConcludeValidationReview(COMMITTEE, reviewId, body.text(), member(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/validation-reviews/{reviewId}/board-reaction")
    @Operation(summary = "The network board's reaction to the concluded review")
    ResponseEntity<Accepted> react(@PathVariable String reviewId, @Valid @RequestBody TextRequest body,
                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return send(reviewId, new RecordBoardReaction(COMMITTEE, reviewId, body.text(), caller.actingAs(Role.NETWORK_BOARD),
                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/validation-reviews/{reviewId}/publication")
    @Operation(summary = "Publish the validation report with the board's reaction (the chair); it never changes after this")
    ResponseEntity<Accepted> publish(@PathVariable String reviewId, @Valid @RequestBody TextRequest body,
                                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Caller caller) {
        return send(reviewId, new PublishValidationReport(COMMITTEE, reviewId, body.text(), member(caller),
                Versions.fromIfMatch(ifMatch)));
    }

    private ResponseEntity<Accepted> send(String reviewId, Object command) {
        long version = commands.sendAndWait(command);
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(new Accepted(reviewId, version));
    }

    private ReportUnderReview underReview(String reportId) {
        ReportState report = trail.report(reportId)
                .orElseThrow(() -> new NotFound("No report " + reportId + " in the trail."));
        return new ReportUnderReview(report.reportId, report.reportType.name(), report.institutionCode, report.title,
                report.finalisedAt);
    }

    private static Actor member(Caller caller) {
        return caller.actingAs(Role.VALIDATION_COMMITTEE);
    }
}
