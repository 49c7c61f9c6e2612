package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.kernel.text.WellFormedText;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeComposition;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.Seating;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationRule;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.AnswerValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ApplyMembershipChange;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ConcludeValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.OpenValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.PublishValidationReport;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.RecordBoardReaction;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewCommand;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewMembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewStatus;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportContent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportContent.AnswerContent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportContent.ReportContent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionCatalog;
import nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One validation review: its own stream, version and chain, so that an answer to one review leaves every other
 * review's version as it was. It holds the committee's composition it was opened under (members and chair) and
 * keeps it in step with the committee's changes of membership, each applied once ({@link ApplyMembershipChange},
 * sent by ReviewMembershipFollower): who answers, concludes and publishes is decided against that.
 * <p>
 * The validation report's digest is recomputed from the content stored beside it whenever the review is loaded; one
 * that differs is a break in the ledger, so the review takes no command at all (503 {@code ledger-integrity},
 * {@link #admit(ReviewCommand, InterceptorChain)}), as the audit's report versions are verified.
 */
@Aggregate(cache = "aggregateCache", filterEventsByType = true)
public class ValidationReview {

    private static final Set<String> VALIDATED_REPORT_TYPES = Set.of("AUDIT", "DIALOGUE", "PANEL_REVIEW");

    @AggregateIdentifier
    private String reviewId;
    private String committeeId;
    private Seating seating = Seating.empty();
    /** The committee's sequence number this review's composition is up to date with. */
    private long committeeSequence;
    private Map<String, ReportUnderReview> reports = new LinkedHashMap<>();
    private List<String> questionIds = new ArrayList<>();
    private Map<String, String> answerIdByKey = new HashMap<>();
    private Set<String> answered = new HashSet<>();
    /** Each member's answer in force per report and question (a revision in place of what it revises), in order. */
    private Map<String, AnswerContent> inForce = new LinkedHashMap<>();
    private int answersGiven;
    private ReviewStatus status;
    private String title;
    private String questionSetId;
    private String questionSetVersion;
    /** The validation report's content digest, once concluded: what the board's reaction cites. */
    private String reportDigest;
    /** What did not verify, if anything: kept, not thrown, as Axon would wrap an exception from a sourcing handler. */
    private String integrityBreak;

    protected ValidationReview() {
        // for Axon
    }

    /** Opened by the chair of {@code committee}, the composition as ReviewOpening read it in the same unit of work. */
    ValidationReview(OpenValidationReview command, CommitteeComposition committee, ValidationQuestionCatalog questionSets,
                     Clock clock) {
        StaleVersion.require(command.expectedVersion(), committee.version());
        require(command.actor().userId().equals(committee.chairUserId()), ValidationRule.ONLY_CHAIR,
                "Only the chair may open a validation review.");
        require(command.title() != null && !command.title().isBlank(), ValidationRule.REQUIRED_TEXT, "A review has a title.");
        List<ReportUnderReview> reviewed = command.reports() == null ? List.of() : command.reports();
        require(!reviewed.isEmpty(), ValidationRule.REPORTS_REQUIRED, "A review covers one or more reports.");
        require(reviewed.stream().map(ReportUnderReview::reportId).distinct().count() == reviewed.size(),
                ValidationRule.REPORTS_REQUIRED, "A report is under review once.");
        for (ReportUnderReview report : reviewed) {
            require(VALIDATED_REPORT_TYPES.contains(report.reportType()), ValidationRule.REPORT_VALIDATED_KIND,
                    "The committee validates audit, dialogue and panel-review reports; " + report.reportId() + " is a "
                            + report.reportType() + ".");
            require(report.finalisedAt() != null, ValidationRule.REPORT_FINAL,
                    "Report " + report.reportId() + " is not final; the committee validates final reports.");
        }
        ValidationQuestionSet questions = questionSets.find(command.questionSetId(), command.questionSetVersion())
                .orElseThrow(() -> new RuleViolation(ValidationRule.UNKNOWN_QUESTION_SET, "No question set "
                        + command.questionSetId() + " version " + command.questionSetVersion() + "."));
        apply(new ValidationReviewOpened(committee.committeeId(), command.reviewId(), command.title(), List.copyOf(reviewed),
                questions.id(), questions.version(), questions.questions(), committee.members(), committee.chairUserId(),
                committee.version(), command.actor(), clock.instant()));
    }

    @CommandHandler
    public long handle(AnswerValidationQuestion command, Clock clock, ReportVersions versions,
                       InstitutionRegister register) {
        CommitteeMember member = seating.member(command.actor().userId());
        require(member != null, ValidationRule.ONLY_MEMBER, "Only members of the committee answer validation questions.");
        requireStatus(ReviewStatus.OPEN, "answer questions");
        ReportUnderReview report = reports.get(command.reportId());
        require(report != null, ValidationRule.UNKNOWN_REPORT, "Report " + command.reportId() + " is not under this review.");
        require(questionIds.contains(command.questionId()), ValidationRule.UNKNOWN_QUESTION,
                "Question " + command.questionId() + " is not in this review's set: " + questionIds + ".");
        require(MemberInstitutions.of(member, register).stream().noneMatch(report::belongsTo), ValidationRule.MEMBER_INDEPENDENT,
                "A member does not answer for the reports of the member institution they come from.");
        require(command.answer() != null, ValidationRule.REQUIRED_TEXT, "An answer is YES, PARTLY or NO.");
        requireText(command.reasoning(), "An answer gives its reasoning.");
        // it becomes part of the validation report's content, which is hashed: only well-formed text hashes as stored
        WellFormedText.require("reasoning", command.reasoning());
        requireCurrentVersion(command.approvedDigest(), versions.currentDigest(report.reportId()), report.reportId());
        String revises = answerIdByKey.get(answerKey(member.userId(), command.reportId(), command.questionId()));
        require(revises == null || (command.revisionReason() != null && !command.revisionReason().isBlank()),
                ValidationRule.REASON_REQUIRED, "You answered this question for this report before; say why you revise it.");
        apply(new ValidationQuestionAnswered(committeeId, reviewId, "answer-" + (answersGiven + 1), command.reportId(),
                command.questionId(), command.answer(), command.reasoning(), revises,
                revises == null ? null : command.revisionReason(), command.approvedDigest(), command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(ConcludeValidationReview command, Clock clock, ReportVersions versions) {
        admitChair(command, ReviewStatus.OPEN, "conclude a review", "conclude");
        List<String> unanswered = unanswered();
        require(unanswered.isEmpty(), ValidationRule.ALL_QUESTIONS_ANSWERED,
                "Every question is answered for every report before the review concludes; not yet: " + unanswered + ".");
        List<String> stale = givenOnAnOutdatedVersion(versions);
        require(stale.isEmpty(), ValidationRule.STALE_CONTENT, "Answers given on a version of the report that an "
                + "erratum has replaced are revised on the current version before the review concludes: " + stale + ".");
        requireText(command.conclusion(), "A review concludes with its conclusion.");
        WellFormedText.require("conclusion", command.conclusion());
        ValidationReportContent content = new ValidationReportContent(reviewId, title, questionSetId, questionSetVersion,
                reports.values().stream().map(r -> new ReportContent(r.reportId(), r.reportType(),
                        versions.currentDigest(r.reportId()).orElse(null))).toList(),
                List.copyOf(inForce.values()), command.conclusion());
        apply(new ValidationReviewConcluded(committeeId, reviewId, command.conclusion(), content, content.digest(),
                command.actor(), clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordBoardReaction command, Clock clock) {
        require(command.actor().role() == Role.NETWORK_BOARD, ValidationRule.ONLY_BOARD,
                "The network's board reacts to a validation review.");
        requireStatus(ReviewStatus.CONCLUDED, "record the board's reaction");
        requireText(command.reaction(), "The board's reaction needs its text.");
        requireCurrentVersion(command.approvedDigest(), Optional.ofNullable(reportDigest), "the validation report");
        apply(new BoardReactionRecorded(committeeId, reviewId, command.reaction(), command.approvedDigest(), command.actor(),
                clock.instant()));
        return getVersion();
    }

    @CommandHandler
    public long handle(PublishValidationReport command, Clock clock) {
        admitChair(command, ReviewStatus.BOARD_REACTED, "publish the validation report",
                "publish (it is published with the board's reaction)");
        requireText(command.summary(), "The published report needs its summary.");
        apply(new ValidationReportPublished(committeeId, reviewId, command.summary(), command.actor(), clock.instant()));
        return getVersion();
    }

    /**
     * Applies the committee's change once: a change the review has (it was opened after it, or it came before)
     * changes nothing, nor does any change once the review is published, as a published review never changes.
     */
    @CommandHandler
    public long handle(ApplyMembershipChange command, Clock clock) {
        StaleVersion.require(command.expectedVersion(), getVersion());
        if (command.committeeSequence() > committeeSequence && status != ReviewStatus.PUBLISHED) {
            MembershipChanged change = command.change();
            apply(new ReviewMembershipChanged(committeeId, reviewId, command.committeeSequence(), change.leavingUserId(),
                    change.joining(), change.chairUserId(), change.effectiveOn(), change.actor(), clock.instant()));
        }
        return getVersion();
    }

    // --- the rules, named ---

    /**
     * What every command of a member or the board passes first, before its handler. The sender may know the review
     * exists (the reads' rule, {@link ReviewAccess}), else the answer for an id never used; a review whose stored
     * validation report does not hash to its digest is then changed by no one ({@link #requireIntact}); only then is
     * the version they last saw compared: a version, stale or ahead, tells nothing to one who may not see the review.
     */
    @CommandHandlerInterceptor
    Object admit(ReviewCommand command, InterceptorChain chain) throws Exception {
        if (!ReviewAccess.of(Viewer.of(command.actor()), status).visible()) {
            throw RuleViolation.notFound(command.reviewId());
        }
        requireIntact();
        StaleVersion.require(command.expectedVersion(), getVersion());
        return chain.proceed();
    }

    /** A review that does not verify takes no change of membership either: it is parked, as a refusal is. */
    @CommandHandlerInterceptor
    Object admit(ApplyMembershipChange command, InterceptorChain chain) throws Exception {
        requireIntact();
        return chain.proceed();
    }

    /** Refuses every command on a review whose stored validation report does not verify; the refusal names no review. */
    private void requireIntact() {
        if (integrityBreak != null) {
            throw new RuleViolation(CommonErrors.LEDGER_INTEGRITY, integrityBreak
                    + ", so the review is neither served nor changed.");
        }
    }

    /** A step of the chair's, in {@code phase}: {@code chairsStep} for the refusal of anyone else, {@code what} for the phase's. */
    private void admitChair(ReviewCommand command, ReviewStatus phase, String chairsStep, String what) {
        require(seating.chairedBy(command.actor().userId()), ValidationRule.ONLY_CHAIR, "Only the chair may " + chairsStep + ".");
        requireStatus(phase, what);
    }

    private void requireStatus(ReviewStatus allowed, String what) {
        require(status == allowed, ValidationRule.WRONG_PHASE, "Cannot " + what + " while the review is " + status + ".");
    }

    private static void requireText(String text, String rule) {
        require(text != null && !text.isBlank(), ValidationRule.REQUIRED_TEXT, rule);
    }

    /**
     * An approval cites the content digest of the version it approves, and only the current version is approved:
     * a digest is required where the report has one (a report whose producer states none is approved without), and
     * any other digest than the current one is stale, refused like a stale version.
     */
    private static void requireCurrentVersion(String cited, Optional<String> current, String what) {
        require(cited != null || current.isEmpty(), ValidationRule.APPROVED_DIGEST_REQUIRED,
                "An approval of " + what + " cites the content digest of the version it was given on (approvedDigest).");
        require(cited == null || current.filter(cited::equals).isPresent(), ValidationRule.STALE_CONTENT,
                "The version of " + what + " you approve (" + cited + ") is not its current version"
                        + current.map(digest -> " (" + digest + ")").orElse("") + "; read the current one and answer on it.");
    }

    /**
     * The answers in force given on a version of their report that is no longer its current one, those citing no
     * digest included: such an answer was given on a version that stated none ({@link ApprovedVersion}).
     */
    private List<String> givenOnAnOutdatedVersion(ReportVersions versions) {
        return inForce.values().stream()
                .filter(a -> ApprovedVersion.isStale(a.approvedDigest(), versions.currentDigest(a.reportId()).orElse(null)))
                .map(a -> a.reportId() + "/" + a.questionId() + " (" + a.answerId() + ")").toList();
    }

    private List<String> unanswered() {
        List<String> missing = new ArrayList<>();
        reports.keySet().forEach(report -> questionIds.forEach(question -> {
            if (!answered.contains(report + "|" + question)) {
                missing.add(report + "/" + question);
            }
        }));
        return missing;
    }

    private static String answerKey(String userId, String reportId, String questionId) {
        return userId + "|" + reportId + "|" + questionId;
    }

    // --- state changes ---

    @EventSourcingHandler
    void on(ValidationReviewOpened event) {
        reviewId = event.reviewId();
        committeeId = event.committeeId();
        title = event.title();
        questionSetId = event.questionSetId();
        questionSetVersion = event.questionSetVersion();
        seating = Seating.of(event.members(), event.chairUserId());
        committeeSequence = event.committeeVersion();
        event.reports().forEach(r -> reports.put(r.reportId(), r));
        event.questions().forEach(q -> questionIds.add(q.questionId()));
        status = ReviewStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ReviewMembershipChanged event) {
        seating = seating.after(event.leavingUserId(), event.joining(), event.chairUserId());
        committeeSequence = event.committeeSequence();
    }

    @EventSourcingHandler
    void on(ValidationQuestionAnswered event) {
        answersGiven++;
        answerIdByKey.put(answerKey(event.actor().userId(), event.reportId(), event.questionId()), event.answerId());
        answered.add(event.reportId() + "|" + event.questionId());
        inForce.put(answerKey(event.actor().userId(), event.reportId(), event.questionId()), new AnswerContent(
                event.answerId(), event.reportId(), event.questionId(), event.answer(), event.reasoning(),
                event.approvedDigest()));
    }

    @EventSourcingHandler
    void on(ValidationReviewConcluded event) {
        status = ReviewStatus.CONCLUDED;
        reportDigest = event.reportDigest();
        if (integrityBreak == null) {
            integrityBreak = ReportVerification.breakIn(event).orElse(null);
        }
    }

    @EventSourcingHandler
    void on(BoardReactionRecorded event) {
        status = ReviewStatus.BOARD_REACTED;
    }

    @EventSourcingHandler
    void on(ValidationReportPublished event) {
        status = ReviewStatus.PUBLISHED;
    }

    @Override
    public String toString() {
        return "ValidationReview[" + reviewId + ", " + status + "]";
    }
}
