package nl.kwaliteitsnetwerk.ledger.validation.review.query;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.FoldedView;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewMembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ReportVerification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The read model of one validation review: its reports, questions, every answer, the composition it is
 * decided under and where it stands. {@code version} is the sequence number of the last event of the
 * review's stream applied, the version to send back as If-Match. The validation report's digest is recomputed from
 * the content stored beside it ({@link ReportVerification}); one that differs sets {@code integrityBreak}, and the
 * web side serves nothing of such a review. The fold itself goes on, so that the projection never stops at a break.
 */
public class ReviewView extends FoldedView {

    public String reviewId;
    public String committeeId;
    public String title;
    public ReviewStatus status;
    public List<ReportUnderReview> reports = new ArrayList<>();
    public String questionSetId;
    public String questionSetVersion;
    public List<ValidationQuestion> questions = new ArrayList<>();
    public List<CommitteeMember> members = new ArrayList<>();
    public String chairUserId;
    public List<GivenAnswer> answers = new ArrayList<>();
    public String conclusion;
    /** The validation report's content digest, once concluded; the one the board's reaction cites. */
    public String reportDigest;
    /** Set when the stored validation report does not hash to its stored digest; such a review is not served. */
    public String integrityBreak;
    public String boardReaction;
    public String boardReactionDigest;
    public String summary;
    public Instant openedAt;
    public Instant concludedAt;
    public Instant publishedAt;

    /** An answer as given: {@code approvedDigest} the report version it was given on (null for one given before digests). */
    public record GivenAnswer(String answerId, String reportId, String questionId, Answer answer, String reasoning,
                              String revises, String revisionReason, Actor member, Instant answeredAt,
                              String approvedDigest) {
    }

    /** Applies the review's event number {@code sequence}, unless the view has it already. */
    public static boolean apply(ReviewView view, ReviewEvent event, long sequence) {
        return view.applyOnce(sequence, event.occurredAt(), () -> fold(view, event));
    }

    private static void fold(ReviewView view, ReviewEvent event) {
        if (event instanceof ValidationReviewOpened e) {
            opened(view, e);
        } else if (event instanceof ValidationQuestionAnswered e) {
            view.answers.add(new GivenAnswer(e.answerId(), e.reportId(), e.questionId(), e.answer(), e.reasoning(),
                    e.revises(), e.revisionReason(), e.actor(), e.occurredAt(), e.approvedDigest()));
        } else if (event instanceof ValidationReviewConcluded e) {
            view.conclusion = e.conclusion();
            view.reportDigest = e.reportDigest();
            if (view.integrityBreak == null) {
                view.integrityBreak = ReportVerification.breakIn(e).orElse(null);
            }
            view.concludedAt = e.occurredAt();
            view.status = ReviewStatus.CONCLUDED;
        } else if (event instanceof BoardReactionRecorded e) {
            view.boardReaction = e.reaction();
            view.boardReactionDigest = e.approvedDigest();
            view.status = ReviewStatus.BOARD_REACTED;
        } else if (event instanceof ValidationReportPublished e) {
            view.summary = e.summary();
            view.publishedAt = e.occurredAt();
            view.status = ReviewStatus.PUBLISHED;
        } else if (event instanceof ReviewMembershipChanged e) {
            view.members.removeIf(m -> m.userId().equals(e.leavingUserId()));
            view.members.add(e.joining());
            view.chairUserId = e.chairUserId();
        } else {
            // ReviewEvent is sealed and ReviewViewFoldTest folds one of each of its types: unreachable
            throw new IllegalStateException("no fold for " + event.getClass().getSimpleName());
        }
    }

    private static void opened(ReviewView view, ValidationReviewOpened e) {
        view.reviewId = e.reviewId();
        view.committeeId = e.committeeId();
        view.title = e.title();
        view.status = ReviewStatus.OPEN;
        view.reports = new ArrayList<>(e.reports());
        view.questionSetId = e.questionSetId();
        view.questionSetVersion = e.questionSetVersion();
        view.questions = new ArrayList<>(e.questions());
        view.members = new ArrayList<>(e.members());
        view.chairUserId = e.chairUserId();
        view.openedAt = e.occurredAt();
    }
}
