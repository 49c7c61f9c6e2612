package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandAccepted;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandSender;
import nl.kwaliteitsnetwerk.ledger.platform.web.ExpectedVersion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.AnswerValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ConcludeValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.OpenValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.PublishValidationReport;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.RecordBoardReaction;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.trail.NamedReports;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportState;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailDisclosure;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee.OF_THE_NETWORK;

/**
 * The steps of a validation review. Reports are chosen from the trail by id, among those the caller may
 * know of there: the review records each as the trail knows it (type, institution, when it became final),
 * and the review's rules decide whether it may be reviewed. Every step answers the review's id and the review's
 * own version, the version to send back as If-Match on that review: a step on one review leaves the version
 * of every other as it was.
 */
@RestController
@Tag(name = "Validation reviews")
class ValidationReviewCommandController {

    private final CommandSender commands;
    private final TrailStore trail;
    private final NamedReports names;

    ValidationReviewCommandController(CommandSender commands, TrailStore trail, NamedReports names) {
        this.commands = commands;
        this.trail = trail;
        this.names = names;
    }

    record OpenRequest(@NotBlank @SingleLine @Size(max = FieldLimits.NAME) String title,
                       @NotEmpty @Size(max = 100) List<@NotBlank @SingleLine @Size(max = FieldLimits.CODE) String> reportIds,
                       @NotBlank @SingleLine @Size(max = FieldLimits.CODE) String questionSetId,
                       @NotBlank @SingleLine @Size(max = FieldLimits.CODE) String questionSetVersion) {
    }

    record AnswerRequest(@NotBlank @SingleLine @Size(max = FieldLimits.CODE) String reportId,
                         @NotBlank @SingleLine @Size(max = FieldLimits.CODE) String questionId,
                         @NotNull Answer answer, @NotBlank String reasoning, String revisionReason,
                         @Pattern(regexp = LedgerHash.HEX_PATTERN) String approvedDigest) {
    }

    record TextRequest(@NotBlank String text) {
    }

    /** The board's reaction, citing the content digest of the validation report it reacts to (the review's reportDigest). */
    record ReactionRequest(@NotBlank String text, @Pattern(regexp = LedgerHash.HEX_PATTERN) String approvedDigest) {
    }

    /**
     * 201 Created at the review's address, with the review's version, 0. If-Match, if sent, is the version of the
     * committee the chair read: the review is opened under the committee's composition as it is then.
     */
    @Allowed(Role.VALIDATION_COMMITTEE)
    @PostMapping("/validation-reviews")
    @Operation(summary = "Open a review of final reports, chosen from the trail, against a version of the questions (the chair)")
    ResponseEntity<CommandAccepted> open(@Valid @RequestBody OpenRequest body, ExpectedVersion expected, Actor member,
                                         Caller caller) {
        String reviewId = UUID.randomUUID().toString();
        List<ReportUnderReview> reports = body.reportIds().stream().map(reportId -> underReview(reportId, caller)).toList();
        return commands.create(reviewId, "/validation-reviews/" + reviewId, new OpenValidationReview(OF_THE_NETWORK, reviewId,
                body.title(), reports, body.questionSetId(), body.questionSetVersion(), member, expected.orAny()));
    }

    @Allowed(Role.VALIDATION_COMMITTEE)
    @PostMapping("/validation-reviews/{reviewId}/answers")
    @Operation(summary = "Answer a question for a report, with reasoning; again, with a reason, to revise (a member)")
    ResponseEntity<CommandAccepted> answer(@PathVariable String reviewId, @Valid @RequestBody AnswerRequest body,
                                           ExpectedVersion expected, Actor member) {
        return commands.send(reviewId, null, new AnswerValidationQuestion(reviewId, body.reportId(), body.questionId(),
                body.answer(), body.reasoning(), body.revisionReason(), body.approvedDigest(), member, expected.orAny()));
    }

    @Allowed(Role.VALIDATION_COMMITTEE)
    @PostMapping("/validation-reviews/{reviewId}/conclusion")
    @Operation(summary = "Conclude the review once every question is answered for every report (the chair)")
    ResponseEntity<CommandAccepted> conclude(@PathVariable String reviewId, @Valid @RequestBody TextRequest body,
                                             ExpectedVersion expected, Actor member) {
        return step(reviewId, new ConcludeValidationReview(reviewId, body.text(), member, expected.orAny()));
    }

    @Allowed(Role.NETWORK_BOARD)
    @PostMapping("/validation-reviews/{reviewId}/board-reaction")
    @Operation(summary = "The network board's reaction to the concluded review")
    ResponseEntity<CommandAccepted> react(@PathVariable String reviewId, @Valid @RequestBody ReactionRequest body,
                                          ExpectedVersion expected, Actor board) {
        return step(reviewId, new RecordBoardReaction(reviewId, body.text(), body.approvedDigest(), board, expected.orAny()));
    }

    @Allowed(Role.VALIDATION_COMMITTEE)
    @PostMapping("/validation-reviews/{reviewId}/publication")
    @Operation(summary = "Publish the validation report with the board's reaction (the chair); it never changes after this")
    ResponseEntity<CommandAccepted> publish(@PathVariable String reviewId, @Valid @RequestBody TextRequest body,
                                            ExpectedVersion expected, Actor member) {
        return step(reviewId, new PublishValidationReport(reviewId, body.text(), member, expected.orAny()));
    }

    private ResponseEntity<CommandAccepted> step(String reviewId, Object command) {
        return commands.send(reviewId, null, command);
    }

    /** A report of the trail the caller may know of, as unknown as an id never used when they may not. */
    private ReportUnderReview underReview(String reportId, Caller caller) {
        ReportState report = trail.report(reportId).filter(known -> TrailDisclosure.mayKnow(caller, known))
                .orElseThrow(() -> RuleViolation.notFound(reportId));
        return new ReportUnderReview(report.reportId, report.reportType.name(), report.institutionCode,
                names.named(report).title, report.finalisedAt, report.institutions());
    }
}
