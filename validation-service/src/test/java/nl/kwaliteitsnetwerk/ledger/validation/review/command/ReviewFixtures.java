package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.BoardReactionRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.OpenValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewMembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
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
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;

/**
 * A review of an audit of 29WT and a dialogue of 25LH, opened by the chair under the committee as
 * {@code CommitteeFixtures.composed()} leaves it (version 0), as fixture histories of the review's own stream.
 */
public final class ReviewFixtures {

    public static final String REVIEW = "review-2027";
    public static final ReportUnderReview AUDIT = new ReportUnderReview("audit-1", "AUDIT", "29WT", "INSTITUTIONAL",
            Instant.parse("2027-06-01T10:00:00Z"));
    public static final ReportUnderReview DIALOGUE = new ReportUnderReview("dialogue-1", "DIALOGUE", "25LH",
            "Hoe betrekken onze teams studenten?", Instant.parse("2027-07-01T10:00:00Z"));
    public static final List<ValidationQuestion> QUESTIONS = ValidationQuestionCatalog.shipped()
            .find("kwaliteitsnetwerk-validatievragen", "2025").orElseThrow().questions();

    private ReviewFixtures() {
    }

    /** The review's fixture, opening reviews under the committee that {@code committeeHistory} makes. */
    public static AggregateTestFixture<ValidationReview> fixture(MutableClock clock, List<Object> committeeHistory) {
        AggregateTestFixture<ValidationReview> fixture = new AggregateTestFixture<>(ValidationReview.class);
        fixture.registerInjectableResource(clock);
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
        List<Object> history = new ArrayList<>(opened());
        int n = 0;
        for (ReportUnderReview report : List.of(AUDIT, DIALOGUE)) {
            for (ValidationQuestion question : QUESTIONS) {
                history.add(new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-" + (++n), report.reportId(),
                        question.questionId(), Answer.YES, "Zo gezien in het rapport", null, null, FROM_30XY, NOW));
            }
        }
        return List.copyOf(history);
    }

    public static List<Object> concluded() {
        return plus(everythingAnswered(), new ValidationReviewConcluded(COMMITTEE, REVIEW, "De methode is goed toegepast.",
                CHAIR, NOW));
    }

    public static List<Object> boardReacted() {
        return plus(concluded(), new BoardReactionRecorded(COMMITTEE, REVIEW, "Het bestuur neemt de aanbevelingen over.",
                BOARD, NOW));
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

    public static List<Object> oneOfEachEvent() {
        return plus(published(), vc5ReplacedByVc6In(1));
    }
}
