package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.OpenValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewMembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportContent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportContent.AnswerContent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportContent.ReportContent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportPublished;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionCatalog;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;

/**
 * A review of an audit of 29WT and a dialogue of 25LH, opened by the chair under the committee as
 * {@code CommitteeFixtures.composed()} leaves it (version 0), as fixture histories of the review's own stream.
 */
public final class ReviewFixtures {

    public static final String REVIEW = "review-2027";
    public static final ReportUnderReview AUDIT = new ReportUnderReview("audit-1", "AUDIT", "29WT", "INSTITUTIONAL",
            Instant.parse("2027-06-01T10:00:00Z"), null);
    public static final ReportUnderReview DIALOGUE = new ReportUnderReview("dialogue-1", "DIALOGUE", "25LH",
            "Hoe betrekken onze teams studenten?", Instant.parse("2027-07-01T10:00:00Z"), null);
    /** Reports whose producers state no content digest. */
    public static final ReportVersions NO_DIGESTS = reportId -> Optional.empty();
    /** The digest of the final audit report, version 2 (after the concept), and of its erratum, version 3. */
    public static final String AUDIT_FINAL = "5f0c6a1b2d3e4f5061728394a5b6c7d8e9f00112233445566778899aabbccddf";
    public static final String AUDIT_ERRATUM = "9e8d7c6b5a49382716051f2e3d4c5b6a79881726354453627180f9e8d7c6b5a4";
    public static final String DIALOGUE_FINAL = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    public static final List<ValidationQuestion> QUESTIONS = ValidationQuestionCatalog.shipped()
            .find("kwaliteitsnetwerk-validatievragen", "2025").orElseThrow().questions();

    private ReviewFixtures() {
    }

    /**
     * The review's fixture, opening reviews under the committee that {@code committeeHistory} makes, on reports whose
     * producers state no content digest (as before digests): answers cite none.
     */
    public static AggregateTestFixture<ValidationReview> fixture(MutableClock clock, List<Object> committeeHistory) {
        return fixture(clock, committeeHistory, NO_DIGESTS);
    }

    /** The review's fixture on reports whose current versions {@code versions} gives. */
    public static AggregateTestFixture<ValidationReview> fixture(MutableClock clock, List<Object> committeeHistory,
                                                                 ReportVersions versions) {
        AggregateTestFixture<ValidationReview> fixture = new AggregateTestFixture<>(ValidationReview.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(versions);
        fixture.registerInjectableResource(InstitutionRegister.shipped());
        fixture.registerAnnotatedCommandHandler(new ReviewOpening(committee(committeeHistory), fixture.getRepository(),
                ValidationQuestionCatalog.shipped(), clock));
        return fixture;
    }

    public static AggregateTestFixture<ValidationReview> fixture(MutableClock clock) {
        return fixture(clock, composed());
    }

    /** The committee as a repository over its stream, for the opening to read. */
    private static EventSourcingRepository<ValidationCommittee> committee(List<Object> history) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        history.forEach(event -> stream.add(new GenericDomainEventMessage<>(ValidationCommittee.class.getSimpleName(),
                COMMITTEE, stream.size(), event)));
        store.publish(stream);
        return EventSourcingRepository.builder(ValidationCommittee.class).eventStore(store).build();
    }

    public static OpenValidationReview open(List<ReportUnderReview> reports) {
        return new OpenValidationReview(COMMITTEE, REVIEW, "Validatie 2027", reports, "kwaliteitsnetwerk-validatievragen",
                "2025", CHAIR, null);
    }

    public static ValidationReviewOpened openedUnder(long committeeVersion) {
        return new ValidationReviewOpened(COMMITTEE, REVIEW, "Validatie 2027", List.of(AUDIT, DIALOGUE),
                "kwaliteitsnetwerk-validatievragen", "2025", QUESTIONS, MEMBERS, "vc-chair", committeeVersion, CHAIR, NOW);
    }

    public static List<Object> opened() {
        return List.of(openedUnder(0));
    }

    /** Every question answered for both reports: by vc-2 (from 30XY) and, for the audit of 29WT, not by its member. */
    public static List<Object> everythingAnswered() {
        return everythingAnsweredOn(NO_DIGESTS);
    }

    /** Every question answered for both reports by vc-2, each answer citing the version {@code versions} gives. */
    private static List<Object> everythingAnsweredOn(ReportVersions versions) {
        List<Object> history = new ArrayList<>(opened());
        int n = 0;
        for (ReportUnderReview report : List.of(AUDIT, DIALOGUE)) {
            for (ValidationQuestion question : QUESTIONS) {
                history.add(new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-" + (++n), report.reportId(),
                        question.questionId(), Answer.YES, "Zo gezien in het rapport", null, null,
                        versions.currentDigest(report.reportId()).orElse(null), FROM_30XY, NOW));
            }
        }
        return List.copyOf(history);
    }

    public static List<Object> concluded() {
        return plus(everythingAnswered(), concludedAfter(everythingAnswered(), "De methode is goed toegepast.", CHAIR));
    }

    /** The content digest of the validation report {@link #concluded()} concludes. */
    public static String concludedDigest() {
        return ((ValidationReviewConcluded) concluded().get(concluded().size() - 1)).reportDigest();
    }

    /**
     * The conclusion of the review opened by {@link #opened()} after {@code history}, on reports that state no digest:
     * the validation report holds the answers in force (each member's last per report and question) and the conclusion.
     */
    public static ValidationReviewConcluded concludedAfter(List<Object> history, String conclusion, Actor chair) {
        Map<String, AnswerContent> inForce = new LinkedHashMap<>();
        history.stream().filter(ValidationQuestionAnswered.class::isInstance).map(ValidationQuestionAnswered.class::cast)
                .forEach(a -> inForce.put(a.actor().userId() + "|" + a.reportId() + "|" + a.questionId(), new AnswerContent(
                        a.answerId(), a.reportId(), a.questionId(), a.answer(), a.reasoning(), a.approvedDigest())));
        ValidationReportContent content = new ValidationReportContent(REVIEW, "Validatie 2027",
                "kwaliteitsnetwerk-validatievragen", "2025", List.of(new ReportContent(AUDIT.reportId(), "AUDIT", null),
                new ReportContent(DIALOGUE.reportId(), "DIALOGUE", null)), List.copyOf(inForce.values()), conclusion);
        return new ValidationReviewConcluded(COMMITTEE, REVIEW, conclusion, content, content.digest(), chair, NOW);
    }

    public static List<Object> boardReacted() {
        return plus(concluded(), new BoardReactionRecorded(COMMITTEE, REVIEW, "Het bestuur neemt de aanbevelingen over.",
                concludedDigest(), BOARD, NOW));
    }

    public static List<Object> published() {
        return plus(boardReacted(), new ValidationReportPublished(COMMITTEE, REVIEW, "Validatierapport 2027", CHAIR, NOW));
    }

    /** The committee's change number {@code committeeSequence}, vc-5 replaced by vc-6, as the review records it. */
    public static ReviewMembershipChanged vc5ReplacedByVc6In(long committeeSequence) {
        var change = vc5ReplacedByVc6();
        return new ReviewMembershipChanged(COMMITTEE, REVIEW, committeeSequence, change.leavingUserId(), change.joining(),
                change.chairUserId(), change.effectiveOn(), change.actor(), NOW);
    }

    /** The current versions: the audit's final report and the dialogue's, before any erratum. */
    public static ReportVersions finalVersions() {
        return versions(Map.of(AUDIT.reportId(), AUDIT_FINAL, DIALOGUE.reportId(), DIALOGUE_FINAL));
    }

    public static ReportVersions versions(Map<String, String> current) {
        return reportId -> Optional.ofNullable(current.get(reportId));
    }

    /** Every question answered for both reports by vc-2, each answer citing the final version of its report. */
    public static List<Object> everythingAnsweredOnTheFinalVersions() {
        return everythingAnsweredOn(finalVersions());
    }

    /** The validation report the chair concludes after {@link #everythingAnsweredOnTheFinalVersions()}. */
    public static ValidationReportContent concludedContent() {
        List<AnswerContent> answers = new ArrayList<>();
        everythingAnsweredOnTheFinalVersions().stream().filter(ValidationQuestionAnswered.class::isInstance)
                .map(ValidationQuestionAnswered.class::cast).forEach(a -> answers.add(new AnswerContent(a.answerId(),
                        a.reportId(), a.questionId(), a.answer(), a.reasoning(), a.approvedDigest())));
        return new ValidationReportContent(REVIEW, "Validatie 2027", "kwaliteitsnetwerk-validatievragen", "2025",
                List.of(new ReportContent(AUDIT.reportId(), "AUDIT", AUDIT_FINAL),
                        new ReportContent(DIALOGUE.reportId(), "DIALOGUE", DIALOGUE_FINAL)),
                answers, "De methode is goed toegepast.");
    }

    /** Concluded on the final versions, with the validation report's content and digest. */
    public static List<Object> concludedOnTheFinalVersions() {
        ValidationReportContent content = concludedContent();
        return plus(everythingAnsweredOnTheFinalVersions(), new ValidationReviewConcluded(COMMITTEE, REVIEW,
                content.conclusion(), content, content.digest(), CHAIR, NOW));
    }

    /** One event of each kind, each in its fullest form: answers, conclusion and reaction citing digests. */
    public static List<Object> oneOfEachEvent() {
        return plus(plus(plus(concludedOnTheFinalVersions(), new BoardReactionRecorded(COMMITTEE, REVIEW,
                "Het bestuur neemt de aanbevelingen over.", concludedContent().digest(), BOARD, NOW)),
                new ValidationReportPublished(COMMITTEE, REVIEW, "Validatierapport 2027", CHAIR, NOW)), vc5ReplacedByVc6In(1));
    }
}
