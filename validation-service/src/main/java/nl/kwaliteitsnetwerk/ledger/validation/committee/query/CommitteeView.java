package nl.kwaliteitsnetwerk.ledger.validation.committee.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read model of the validation committee: its members and their history, and its reviews with
 * every answer. {@code version} is the sequence number of the last event applied.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CommitteeView {

    public String committeeId;
    public long version = -1;
    public List<CommitteeMember> members = new ArrayList<>();
    public String chairUserId;
    public LocalDate composedFrom;
    public List<MembershipChange> membershipChanges = new ArrayList<>();
    public Map<String, Review> reviews = new LinkedHashMap<>();
    public Instant lastChangedAt;

    public record MembershipChange(String leavingUserId, CommitteeMember joining, LocalDate effectiveOn, String reason,
                                   Instant recordedAt) {
    }

    public static class Review {
        public String reviewId;
        public String title;
        public ReviewStatus status;
        public List<ReportUnderReview> reports = new ArrayList<>();
        public String questionSetId;
        public String questionSetVersion;
        public List<ValidationQuestion> questions = new ArrayList<>();
        public List<GivenAnswer> answers = new ArrayList<>();
        public String conclusion;
        public String boardReaction;
        public String summary;
        public Instant openedAt;
        public Instant concludedAt;
        public Instant publishedAt;
    }

    public record GivenAnswer(String answerId, String reportId, String questionId, Answer answer, String reasoning,
                              String revises, String revisionReason, Actor member, Instant answeredAt) {
    }

    /** Applies the committee's event number {@code sequence}, unless the view has it already. */
    public static boolean apply(CommitteeView view, CommitteeEvent event, long sequence) {
        if (sequence <= view.version) {
            return false;
        }
        if (event instanceof CommitteeComposed e) {
            view.committeeId = e.committeeId();
            view.members = new ArrayList<>(e.members());
            view.chairUserId = e.chairUserId();
            view.composedFrom = e.effectiveFrom();
        } else if (event instanceof MembershipChanged e) {
            view.members.removeIf(m -> m.userId().equals(e.leavingUserId()));
            view.members.add(e.joining());
            view.chairUserId = e.chairUserId();
            view.membershipChanges.add(new MembershipChange(e.leavingUserId(), e.joining(), e.effectiveOn(), e.reason(),
                    e.occurredAt()));
        } else if (event instanceof ValidationReviewOpened e) {
            Review review = new Review();
            review.reviewId = e.reviewId();
            review.title = e.title();
            review.status = ReviewStatus.OPEN;
            review.reports = new ArrayList<>(e.reports());
            review.questionSetId = e.questionSetId();
            review.questionSetVersion = e.questionSetVersion();
            review.questions = new ArrayList<>(e.questions());
            review.openedAt = e.occurredAt();
            view.reviews.put(e.reviewId(), review);
        } else if (event instanceof ValidationQuestionAnswered e) {
            view.reviews.get(e.reviewId()).answers.add(new GivenAnswer(e.answerId(), e.reportId(), e.questionId(), e.answer(),
                    e.reasoning(), e.revises(), e.revisionReason(), e.actor(), e.occurredAt()));
        } else if (event instanceof ValidationReviewConcluded e) {
            Review review = view.reviews.get(e.reviewId());
            review.conclusion = e.conclusion();
            review.concludedAt = e.occurredAt();
            review.status = ReviewStatus.CONCLUDED;
        } else if (event instanceof BoardReactionRecorded e) {
            Review review = view.reviews.get(e.reviewId());
            review.boardReaction = e.reaction();
            review.status = ReviewStatus.BOARD_REACTED;
        } else if (event instanceof ValidationReportPublished e) {
            Review review = view.reviews.get(e.reviewId());
            review.summary = e.summary();
            review.publishedAt = e.occurredAt();
            review.status = ReviewStatus.PUBLISHED;
        }
        view.version = sequence;
        view.lastChangedAt = event.occurredAt();
        return true;
    }
}
