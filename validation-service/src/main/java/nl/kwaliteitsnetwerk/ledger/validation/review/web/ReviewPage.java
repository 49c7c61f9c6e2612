package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewQueryController.FullReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.ValidationReviewQueryController.ReviewSummary;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * The validation reviews as the pages read them: the API's own handlers ({@link ValidationReviewQueryController}),
 * so a page lists and shows a reader exactly the reviews, and as much of each, as {@code /validation-reviews} does
 * ({@code ReviewAccess}). Public only because the overview pages live in a package of their own.
 */
@Component
public record ReviewPage(ValidationReviewQueryController api) {

    /** A review on a list: its id, title, status, reports and dates ({@code ReviewSummary}). */
    public List<Object> list(Caller caller) {
        return List.copyOf(summaries(caller));
    }

    /** The reviews the reader may see that cover a report of {@code institutionCode}. */
    public List<Object> covering(String institutionCode, Caller caller) {
        return summaries(caller).stream()
                .filter(review -> review.reports().stream().anyMatch(report -> report.belongsTo(institutionCode)))
                .map(Object.class::cast).toList();
    }

    /**
     * A committee member's open work: each open review they are a member of, with how many of its questions for its
     * reports they have not answered yet. Empty for anyone else.
     */
    public List<OpenWork> openWork(Caller caller) {
        if (!caller.has(Role.VALIDATION_COMMITTEE)) {
            return List.of();
        }
        return summaries(caller).stream().filter(review -> review.status() == ReviewStatus.OPEN)
                .map(review -> api.get(review.reviewId(), null, caller))
                .filter(FullReview.class::isInstance).map(FullReview.class::cast)
                .filter(review -> review.members().stream().anyMatch(m -> m.userId().equals(caller.userId())))
                .map(review -> new OpenWork(review.reviewId(), review.title(), unanswered(review, caller.userId())))
                .toList();
    }

    /** An open review and the number of (report, question) pairs the member has not answered. */
    public record OpenWork(String reviewId, String title, long unanswered) {
    }

    private static long unanswered(FullReview review, String userId) {
        return review.reports().stream().mapToLong(report -> report.answersByQuestion().values().stream()
                .filter(answers -> answers.stream().noneMatch(a -> a.member() != null
                        && Objects.equals(a.member().userId(), userId)))
                .count()).sum();
    }

    private List<ReviewSummary> summaries(Caller caller) {
        return api.list(caller, new Paging(null, Integer.MAX_VALUE, "/ui")).items();
    }
}
