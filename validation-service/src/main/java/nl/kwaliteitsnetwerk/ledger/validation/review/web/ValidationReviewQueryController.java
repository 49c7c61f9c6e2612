package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerBreak;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerIntegrityException;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeHistory;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewHistory;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewView;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewView.GivenAnswer;
import nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionCatalog;
import nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionSet;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportIndicators;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportState;
import nl.kwaliteitsnetwerk.ledger.validation.trail.ReportVersion;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading validation reviews: for the committee and the board, every report with its objective
 * indicators from the trail beside the questions and every member's answers; for everyone once
 * published, the public report.
 */
@RestController
@Tag(name = "Validation reviews")
class ValidationReviewQueryController {

    private final VisibleReviews reviews;
    private final ReviewHistory history;
    private final CommitteeHistory committeeHistory;
    private final TrailStore trail;
    private final ValidationQuestionCatalog questionSets;

    ValidationReviewQueryController(VisibleReviews reviews, ReviewHistory history, CommitteeHistory committeeHistory,
                                    TrailStore trail, ValidationQuestionCatalog questionSets) {
        this.reviews = reviews;
        this.committeeHistory = committeeHistory;
        this.history = history;
        this.trail = trail;
        this.questionSets = questionSets;
    }

    /**
     * A report under review, with the indicators the trail gives, its current version (the one an answer cites) and
     * the answers per question, each shown stale where it was given on a version an erratum has replaced.
     */
    record ReportReview(ReportUnderReview report, ReportIndicators indicators, ReportVersion currentVersion,
                        Map<String, List<AnswerOnVersion>> answersByQuestion) {
    }

    /** Everything, with the composition the review is decided under and its version, to send back as If-Match. */
    record FullReview(String reviewId, long version, String title, ReviewStatus status, String questionSetId,
                      String questionSetVersion, List<ValidationQuestion> questions, List<ReportReview> reports,
                      List<CommitteeMember> members, String chairUserId, String conclusion, String reportDigest,
                      String boardReaction, String boardReactionDigest, String summary, Instant openedAt,
                      Instant concludedAt, Instant publishedAt) {
    }

    record ReviewSummary(String reviewId, String title, ReviewStatus status, List<ReportUnderReview> reports,
                         Instant openedAt, Instant publishedAt) {

        static ReviewSummary of(ReviewView review) {
            return new ReviewSummary(review.reviewId, review.title, review.status, review.reports, review.openedAt,
                    review.publishedAt);
        }
    }

    /** The published report: its conclusion, summary and the board's reaction, and the answers counted, not named. */
    record PublicReview(String reviewId, String title, List<ReportUnderReview> reports, List<ValidationQuestion> questions,
                        Map<String, Map<String, Map<Answer, Long>>> answerCountsByReportAndQuestion, String conclusion,
                        String boardReaction, String summary, Instant publishedAt) {
    }

    /** In the order they were opened. */
    @SignedIn
    @GetMapping("/validation-reviews")
    @Operation(summary = "The reviews you may see")
    Page<ReviewSummary> list(Caller caller, Paging paging) {
        List<ReviewSummary> visible = reviews.list(caller).stream().map(ReviewSummary::of).toList();
        return paging.page(visible, review -> Paging.numericKey(review.openedAt().toEpochMilli()) + " " + review.reviewId());
    }

    /**
     * As it stands or, with {@code asOf}, as it stood then: either way shown as much as the caller may see
     * of it now ({@link #disclosed}), as the other services show a past; a past never shows more than the present.
     */
    @SignedIn
    @GetMapping("/validation-reviews/{reviewId}")
    @Operation(summary = "One review, as far as you may read it; with asOf, as it stood then, shown as much as you "
            + "may see of it now")
    @ApiResponse(responseCode = "200", description = "What the caller may see of it",
            content = @Content(schema = @Schema(anyOf = {FullReview.class, ReviewSummary.class, PublicReview.class})))
    Object get(@PathVariable String reviewId,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
               Caller caller) {
        ReviewView now = verified(reviews.one(caller, reviewId));
        ReviewView shown = asOf == null ? now : history.asOf(reviewId, asOf)
                .orElseThrow(() -> RuleViolation.notFound(reviewId));
        return disclosed(reviews.access(caller, now), shown);
    }

    /**
     * Every event of the review, in order, as far as the caller reads the review ({@link ReviewTrailDisclosure}); an
     * answer marked stale once an erratum replaced the version it was given on ({@link StaleAnswersInTrail}).
     */
    @Allowed({Role.VALIDATION_COMMITTEE, Role.NETWORK_BOARD, Role.ADMINISTRATOR})
    @GetMapping("/validation-reviews/{reviewId}/trail")
    @Operation(summary = "Every event of the review, in order, as far as you may read the review")
    Page<TrailEntry> reviewTrail(@PathVariable String reviewId, Caller caller, Paging paging) {
        ReviewStatus status = verified(reviews.one(caller, reviewId)).status;
        return paging.page(StaleAnswersInTrail.marked(ReviewTrailDisclosure.disclose(caller, history.trail(reviewId),
                entry -> reviewId, id -> status), trail::report), entry -> Paging.numericKey(entry.sequenceNumber()));
    }

    /**
     * Every event of the committee's stream, in order: its composition and changes of membership, and the events
     * of reviews stored in it before reviews had streams of their own, each as far as the caller reads that review
     * now: an administrator reads no member's reasoning here either. Served here, beside the reviews, as only the
     * reviews know who reads how much of each.
     */
    @Allowed({Role.VALIDATION_COMMITTEE, Role.NETWORK_BOARD, Role.ADMINISTRATOR})
    @GetMapping("/committee/trail")
    @Operation(summary = "Every event of the committee, in order (and of the reviews kept in its stream before they had "
            + "their own), as far as you may read each review")
    Page<TrailEntry> trail(Caller caller, Paging paging) {
        Map<String, ReviewStatus> statuses = new HashMap<>();
        return paging.page(ReviewTrailDisclosure.disclose(caller, committeeHistory.trail(ValidationCommittee.OF_THE_NETWORK),
                ReviewTrailDisclosure::reviewNamedIn, id -> statuses.computeIfAbsent(id, reviews::statusOf)),
                entry -> Paging.numericKey(entry.sequenceNumber()));
    }

    /**
     * A review whose stored validation report does not hash to its stored digest is a break in the ledger: nothing
     * of it is served, now or as it stood (503 {@code ledger-integrity}, which names no review), as with any other
     * break. Checked once the caller is found to be one who may know the review exists.
     */
    private static ReviewView verified(ReviewView review) {
        if (review.integrityBreak != null) {
            throw new LedgerIntegrityException(new LedgerBreak(null, review.reviewId, LedgerBreak.Kind.ALTERED,
                    review.integrityBreak));
        }
        return review;
    }

    @SignedIn
    @GetMapping("/question-sets")
    @Operation(summary = "The versions of the validation questions")
    Page<ValidationQuestionSet> questionSets(Paging paging) {
        return paging.page(List.copyOf(questionSets.all()), set -> set.id() + " " + set.version());
    }

    /**
     * The part of {@code review} (now, or as it stood then) that {@code access}, the caller's access now,
     * discloses. The public part of a review that was not yet published then is nothing: as unknown.
     */
    private Object disclosed(Access access, ReviewView review) {
        return access.disclose(review.reviewId, review.status == ReviewStatus.PUBLISHED, () -> full(review), () -> ReviewSummary.of(review),
                () -> publicReview(review));
    }

    private FullReview full(ReviewView review) {
        List<ReportReview> reports = review.reports.stream().map(report -> {
            ReportState state = trail.report(report.reportId()).orElse(null);
            return new ReportReview(report,
                    state == null ? null : ReportIndicators.of(state, trail.entries(null, report.reportId())),
                    state == null ? null : state.version(state.reportDigest).orElse(null),
                    answersByQuestion(review, report.reportId(), state));
        }).toList();
        return new FullReview(review.reviewId, review.version, review.title, review.status, review.questionSetId,
                review.questionSetVersion, review.questions, reports, review.members, review.chairUserId, review.conclusion,
                review.reportDigest, review.boardReaction, review.boardReactionDigest, review.summary, review.openedAt,
                review.concludedAt, review.publishedAt);
    }

    private static Map<String, List<AnswerOnVersion>> answersByQuestion(ReviewView review, String reportId, ReportState report) {
        Map<String, List<AnswerOnVersion>> byQuestion = new LinkedHashMap<>();
        review.questions.forEach(q -> byQuestion.put(q.questionId(), review.answers.stream()
                .filter(a -> a.reportId().equals(reportId) && a.questionId().equals(q.questionId()))
                .map(a -> AnswerOnVersion.of(a, report)).toList()));
        return byQuestion;
    }

    static PublicReview publicReview(ReviewView review) {
        Map<String, Map<String, Map<Answer, Long>>> counts = new LinkedHashMap<>();
        for (ReportUnderReview report : review.reports) {
            Map<String, Map<Answer, Long>> perQuestion = new LinkedHashMap<>();
            for (ValidationQuestion question : review.questions) {
                Map<Answer, Long> tally = new EnumMap<>(Answer.class);
                latestAnswers(review, report.reportId(), question.questionId())
                        .forEach(a -> tally.merge(a.answer(), 1L, Long::sum));
                perQuestion.put(question.questionId(), tally);
            }
            counts.put(report.reportId(), perQuestion);
        }
        return new PublicReview(review.reviewId, review.title, review.reports, review.questions, counts, review.conclusion,
                review.boardReaction, review.summary, review.publishedAt);
    }

    /** Each member's last answer to a question for a report: a revision replaces, in the count, what it revises. */
    private static List<GivenAnswer> latestAnswers(ReviewView review, String reportId, String questionId) {
        List<GivenAnswer> given = review.answers.stream()
                .filter(a -> a.reportId().equals(reportId) && a.questionId().equals(questionId)).toList();
        return given.stream().filter(a -> given.stream().noneMatch(later -> a.answerId().equals(later.revises()))).toList();
    }

}
