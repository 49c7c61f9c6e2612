package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.*;
import nl.kwaliteitsnetwerk.ledger.validation.committee.questions.ValidationQuestionCatalog;
import nl.kwaliteitsnetwerk.ledger.validation.committee.questions.ValidationQuestionSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The validation committee of the network: who sits on it, from when, and the validation reviews
 * it holds. The reviews live inside the committee so that who may answer, and for which reports,
 * is decided against the committee as it is at that moment.
 */
@Aggregate(cache = "aggregateCache", filterEventsByType = true)
public class ValidationCommittee {

    static final int COUNCIL_SEATS = 5;
    private static final Set<String> VALIDATED_REPORT_TYPES = Set.of("AUDIT", "DIALOGUE", "PANEL_REVIEW");

    @AggregateIdentifier
    private String committeeId;
    private Map<String, CommitteeMember> members = new LinkedHashMap<>();
    private String chairUserId;
    private LocalDate lastChangeOn;
    private Map<String, Review> reviews = new HashMap<>();

    protected ValidationCommittee() {
        // for Axon
    }

    @CommandHandler
    public ValidationCommittee(ComposeCommittee command, Clock clock) {
        requireComposition(command.members(), command.chairUserId());
        require(command.effectiveFrom() != null, ValidationRule.REQUIRED_TEXT, "A composition takes effect from a date.");
        apply(new CommitteeComposed(command.committeeId(), List.copyOf(command.members()), command.chairUserId(),
                command.effectiveFrom(), command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(ChangeMembership command, Clock clock) {
        admit(command);
        require(members.containsKey(command.leavingUserId()), ValidationRule.UNKNOWN_MEMBER,
                "The member who is to leave is not on the committee.");
        require(command.effectiveOn() != null && !command.effectiveOn().isBefore(lastChangeOn), ValidationRule.DATES_IN_ORDER,
                "A change takes effect on a date no earlier than the last one, " + lastChangeOn + ".");
        require(command.reason() != null && !command.reason().isBlank(), ValidationRule.REASON_REQUIRED,
                "A change of membership says why.");
        Map<String, CommitteeMember> after = new LinkedHashMap<>(members);
        after.remove(command.leavingUserId());
        require(command.joining() != null, ValidationRule.COMPOSITION, "A member who leaves is replaced.");
        after.put(command.joining().userId(), command.joining());
        String chair = command.joining().seat() == Seat.EXTERNAL ? command.joining().userId() : chairUserId;
        requireComposition(List.copyOf(after.values()), chair);
        apply(new MembershipChanged(committeeId, command.leavingUserId(), command.joining(), chair, command.effectiveOn(),
                command.reason(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(OpenValidationReview command, ValidationQuestionCatalog questionSets, Clock clock) {
        admit(command);
        requireChair(command.actor(), "open a validation review");
        require(command.reviewId() != null && !reviews.containsKey(command.reviewId()), ValidationRule.UNIQUE_ID,
                "Review " + command.reviewId() + " exists already.");
        require(command.title() != null && !command.title().isBlank(), ValidationRule.REQUIRED_TEXT, "A review has a title.");
        List<ReportUnderReview> reports = command.reports() == null ? List.of() : command.reports();
        require(!reports.isEmpty(), ValidationRule.REPORTS_REQUIRED, "A review covers one or more reports.");
        require(reports.stream().map(ReportUnderReview::reportId).distinct().count() == reports.size(),
                ValidationRule.REPORTS_REQUIRED, "A report is under review once.");
        for (ReportUnderReview report : reports) {
            require(VALIDATED_REPORT_TYPES.contains(report.reportType()), ValidationRule.REPORT_VALIDATED_KIND,
                    "The committee validates audit, dialogue and panel-review reports; " + report.reportId() + " is a "
                            + report.reportType() + ".");
            require(report.finalisedAt() != null, ValidationRule.REPORT_FINAL,
                    "Report " + report.reportId() + " is not final; the committee validates final reports.");
        }
        ValidationQuestionSet questions = questionSets.find(command.questionSetId(), command.questionSetVersion())
                .orElseThrow(() -> new RuleViolation(ValidationRule.UNKNOWN_QUESTION_SET, "No question set "
                        + command.questionSetId() + " version " + command.questionSetVersion() + "."));
        apply(new ValidationReviewOpened(committeeId, command.reviewId(), command.title(), List.copyOf(reports),
                questions.id(), questions.version(), questions.questions(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(AnswerValidationQuestion command, Clock clock) {
        Review review = admittedReview(command);
        CommitteeMember member = members.get(command.actor().userId());
        require(member != null, ValidationRule.ONLY_MEMBER, "Only members of the committee answer validation questions.");
        review.requireStatus(EnumSet.of(ReviewStatus.OPEN), "answer questions");
        ReportUnderReview report = review.reports.get(command.reportId());
        require(report != null, ValidationRule.UNKNOWN_REPORT, "Report " + command.reportId() + " is not under this review.");
        require(review.questionIds.contains(command.questionId()), ValidationRule.UNKNOWN_QUESTION,
                "Question " + command.questionId() + " is not in this review's set: " + review.questionIds + ".");
        require(member.memberInstitutionCode() == null || !member.memberInstitutionCode().equals(report.institutionCode()),
                ValidationRule.MEMBER_INDEPENDENT,
                "A member does not answer for the reports of the member institution they come from.");
        require(command.answer() != null, ValidationRule.REQUIRED_TEXT, "An answer is YES, PARTLY or NO.");
        require(command.reasoning() != null && !command.reasoning().isBlank(), ValidationRule.REQUIRED_TEXT,
                "An answer gives its reasoning.");
        String key = member.userId() + "|" + command.reportId() + "|" + command.questionId();
        String revises = review.answerIdByKey.get(key);
        require(revises == null || (command.revisionReason() != null && !command.revisionReason().isBlank()),
                ValidationRule.REASON_REQUIRED, "You answered this question for this report before; say why you revise it.");
        apply(new ValidationQuestionAnswered(committeeId, command.reviewId(), "answer-" + (review.answersGiven + 1),
                command.reportId(), command.questionId(), command.answer(), command.reasoning(), revises,
                revises == null ? null : command.revisionReason(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(ConcludeValidationReview command, Clock clock) {
        Review review = admittedReview(command);
        requireChair(command.actor(), "conclude a review");
        review.requireStatus(EnumSet.of(ReviewStatus.OPEN), "conclude");
        List<String> unanswered = review.unanswered();
        require(unanswered.isEmpty(), ValidationRule.ALL_QUESTIONS_ANSWERED,
                "Every question is answered for every report before the review concludes; not yet: " + unanswered + ".");
        require(command.conclusion() != null && !command.conclusion().isBlank(), ValidationRule.REQUIRED_TEXT,
                "A review concludes with its conclusion.");
        apply(new ValidationReviewConcluded(committeeId, command.reviewId(), command.conclusion(), command.actor(),
                clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordBoardReaction command, Clock clock) {
        Review review = admittedReview(command);
        require(command.actor().role() == Role.NETWORK_BOARD, ValidationRule.ONLY_BOARD,
                "The network's board reacts to a validation review.");
        review.requireStatus(EnumSet.of(ReviewStatus.CONCLUDED), "record the board's reaction");
        require(command.reaction() != null && !command.reaction().isBlank(), ValidationRule.REQUIRED_TEXT,
                "The board's reaction needs its text.");
        apply(new BoardReactionRecorded(committeeId, command.reviewId(), command.reaction(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(PublishValidationReport command, Clock clock) {
        Review review = admittedReview(command);
        requireChair(command.actor(), "publish the validation report");
        review.requireStatus(EnumSet.of(ReviewStatus.BOARD_REACTED), "publish (it is published with the board's reaction)");
        require(command.summary() != null && !command.summary().isBlank(), ValidationRule.REQUIRED_TEXT,
                "The published report needs its summary.");
        apply(new ValidationReportPublished(committeeId, command.reviewId(), command.summary(), command.actor(),
                clock.instant()));
        return getVersion();
    }

    // --- the rules, named ---

    /** Five members from the council of member institutions and one external member, who chairs. */
    private static void requireComposition(List<CommitteeMember> members, String chairUserId) {
        require(members != null && members.stream().allMatch(m -> m != null && m.userId() != null && !m.userId().isBlank()
                        && m.name() != null && !m.name().isBlank() && m.seat() != null), ValidationRule.COMPOSITION,
                "Every member has a user id, a name and a seat.");
        require(members.stream().map(CommitteeMember::userId).distinct().count() == members.size(),
                ValidationRule.COMPOSITION, "A person sits on the committee once.");
        List<CommitteeMember> council = members.stream().filter(m -> m.seat() == Seat.COUNCIL).toList();
        List<CommitteeMember> external = members.stream().filter(m -> m.seat() == Seat.EXTERNAL).toList();
        require(council.size() == COUNCIL_SEATS && external.size() == 1, ValidationRule.COMPOSITION,
                "The committee has " + COUNCIL_SEATS + " members from the council of member institutions and one external "
                        + "member; this one has " + council.size() + " and " + external.size() + ".");
        require(council.stream().allMatch(m -> m.memberInstitutionCode() != null && !m.memberInstitutionCode().isBlank()),
                ValidationRule.COMPOSITION, "A council member names the member institution they come from.");
        require(external.get(0).memberInstitutionCode() == null, ValidationRule.COMPOSITION,
                "The external member comes from no member institution.");
        require(external.get(0).userId().equals(chairUserId), ValidationRule.COMPOSITION, "The external member chairs.");
    }

    private void requireChair(Actor actor, String what) {
        require(actor.userId().equals(chairUserId), ValidationRule.ONLY_CHAIR, "Only the chair may " + what + ".");
    }

    /**
     * Everyone signed in may know the committee (its composition is public), so a command on the committee
     * itself is compared with the version its sender last saw first of all: a stale one decides nothing.
     */
    private void admit(CommitteeCommand command) {
        StaleVersion.require(command.expectedVersion(), getVersion());
    }

    /**
     * The review, if it exists and the sender may know that it does (the reads' rule, {@link ReviewAccess});
     * otherwise the answer for an id never used, so that a refusal never confirms a review exists. Only then
     * is the version they last saw compared, the committee's, as the review has none of its own: a version,
     * stale or ahead, tells nothing to one who may not see the review.
     */
    private Review admittedReview(ReviewCommand command) {
        String reviewId = command.reviewId();
        Review review = reviewId == null ? null : reviews.get(reviewId);
        if (review == null || !ReviewAccess.of(Viewer.of(command.actor()), review.status).visible()) {
            throw RuleViolation.notFound(reviewId);
        }
        StaleVersion.require(command.expectedVersion(), getVersion());
        return review;
    }

    // --- state changes ---

    @EventSourcingHandler
    void on(CommitteeComposed event) {
        committeeId = event.committeeId();
        event.members().forEach(m -> members.put(m.userId(), m));
        chairUserId = event.chairUserId();
        lastChangeOn = event.effectiveFrom();
    }

    @EventSourcingHandler
    void on(MembershipChanged event) {
        members.remove(event.leavingUserId());
        members.put(event.joining().userId(), event.joining());
        chairUserId = event.chairUserId();
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(ValidationReviewOpened event) {
        Review review = new Review();
        event.reports().forEach(r -> review.reports.put(r.reportId(), r));
        event.questions().forEach(q -> review.questionIds.add(q.questionId()));
        reviews.put(event.reviewId(), review);
    }

    @EventSourcingHandler
    void on(ValidationQuestionAnswered event) {
        Review review = reviews.get(event.reviewId());
        review.answersGiven++;
        review.answerIdByKey.put(event.actor().userId() + "|" + event.reportId() + "|" + event.questionId(), event.answerId());
        review.answered.add(event.reportId() + "|" + event.questionId());
    }

    @EventSourcingHandler
    void on(ValidationReviewConcluded event) {
        reviews.get(event.reviewId()).status = ReviewStatus.CONCLUDED;
    }

    @EventSourcingHandler
    void on(BoardReactionRecorded event) {
        reviews.get(event.reviewId()).status = ReviewStatus.BOARD_REACTED;
    }

    @EventSourcingHandler
    void on(ValidationReportPublished event) {
        reviews.get(event.reviewId()).status = ReviewStatus.PUBLISHED;
    }

    /** A review's state, as far as its rules need it. */
    private static final class Review {
        private final Map<String, ReportUnderReview> reports = new LinkedHashMap<>();
        private final List<String> questionIds = new ArrayList<>();
        private final Map<String, String> answerIdByKey = new HashMap<>();
        private final Set<String> answered = new HashSet<>();
        private int answersGiven;
        private ReviewStatus status = ReviewStatus.OPEN;

        void requireStatus(Set<ReviewStatus> allowed, String what) {
            require(allowed.contains(status), ValidationRule.WRONG_PHASE,
                    "Cannot " + what + " while the review is " + status + ".");
        }

        /** By content, so that Axon's test fixture can compare the state a command left with the state its events rebuild. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Review that && reports.equals(that.reports) && questionIds.equals(that.questionIds)
                    && answerIdByKey.equals(that.answerIdByKey) && answered.equals(that.answered)
                    && answersGiven == that.answersGiven && status == that.status;
        }

        @Override
        public int hashCode() {
            return Objects.hash(reports, questionIds, answersGiven, status);
        }

        List<String> unanswered() {
            List<String> missing = new ArrayList<>();
            reports.keySet().forEach(report -> questionIds.forEach(question -> {
                if (!answered.contains(report + "|" + question)) {
                    missing.add(report + "/" + question);
                }
            }));
            return missing;
        }
    }

    @Override
    public String toString() {
        return "ValidationCommittee[" + committeeId + ", " + members.size() + " members, " + reviews.size() + " reviews]";
    }
}
