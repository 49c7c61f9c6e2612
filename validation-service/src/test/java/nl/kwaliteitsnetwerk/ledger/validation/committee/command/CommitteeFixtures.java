package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.*;
import nl.kwaliteitsnetwerk.ledger.validation.committee.questions.ValidationQuestionCatalog;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The validation committee and a review of an audit of 29WT and a dialogue of 25LH, as fixture histories. */
public final class CommitteeFixtures {

    public static final String COMMITTEE = "validatiecommissie";
    public static final String REVIEW = "review-2027";
    public static final Instant NOW = Instant.parse("2027-11-01T09:00:00Z");
    public static final LocalDate FROM = LocalDate.parse("2027-01-01");
    public static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    public static final Actor CHAIR = Actor.of("vc-chair", Role.VALIDATION_COMMITTEE);
    public static final Actor FROM_29WT = Actor.of("committee", Role.VALIDATION_COMMITTEE);
    public static final Actor FROM_30XY = Actor.of("vc-2", Role.VALIDATION_COMMITTEE);
    public static final Actor BOARD = Actor.of("board", Role.NETWORK_BOARD);

    public static final CommitteeMember EXTERNAL_CHAIR = new CommitteeMember("vc-chair", "Eva Extern", "Universiteit", null,
            Seat.EXTERNAL);
    public static final List<CommitteeMember> MEMBERS = List.of(EXTERNAL_CHAIR,
            council("committee", "29WT"), council("vc-2", "30XY"), council("vc-3", "31AB"), council("vc-4", "32CD"),
            council("vc-5", "33EF"));
    public static final ReportUnderReview AUDIT = new ReportUnderReview("audit-1", "AUDIT", "29WT", "INSTITUTIONAL",
            Instant.parse("2027-06-01T10:00:00Z"));
    public static final ReportUnderReview DIALOGUE = new ReportUnderReview("dialogue-1", "DIALOGUE", "25LH",
            "Hoe betrekken onze teams studenten?", Instant.parse("2027-07-01T10:00:00Z"));
    public static final List<ValidationQuestion> QUESTIONS = ValidationQuestionCatalog.shipped()
            .find("kwaliteitsnetwerk-validatievragen", "2025").orElseThrow().questions();

    private CommitteeFixtures() {
    }

    public static CommitteeMember council(String userId, String institutionCode) {
        return new CommitteeMember(userId, "Lid " + userId, "ROC " + institutionCode, institutionCode, Seat.COUNCIL);
    }

    public static AggregateTestFixture<ValidationCommittee> fixture(MutableClock clock) {
        AggregateTestFixture<ValidationCommittee> fixture = new AggregateTestFixture<>(ValidationCommittee.class);
        fixture.registerInjectableResource(ValidationQuestionCatalog.shipped());
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    public static List<Object> composed() {
        return List.of(new CommitteeComposed(COMMITTEE, MEMBERS, "vc-chair", FROM, ADMIN, NOW));
    }

    public static List<Object> reviewOpened() {
        return plus(composed(), new ValidationReviewOpened(COMMITTEE, REVIEW, "Validatie 2027", List.of(AUDIT, DIALOGUE),
                "kwaliteitsnetwerk-validatievragen", "2025", QUESTIONS, CHAIR, NOW));
    }

    /** Every question answered for both reports: by vc-2 (from 30XY) and, for the audit of 29WT, not by its member. */
    public static List<Object> everythingAnswered() {
        List<Object> history = new ArrayList<>(reviewOpened());
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

    public static List<Object> oneOfEachEvent() {
        return plus(boardReacted(), new ValidationReportPublished(COMMITTEE, REVIEW, "Validatierapport 2027", CHAIR, NOW),
                new MembershipChanged(COMMITTEE, "vc-5", council("vc-6", "34GH"), "vc-chair", LocalDate.parse("2028-01-01"),
                        "Termijn verstreken", ADMIN, NOW));
    }

    static List<Object> plus(List<Object> history, Object... events) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(Stream.of(events).toList());
        return List.copyOf(all);
    }
}
