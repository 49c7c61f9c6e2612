package nl.kwaliteitsnetwerk.ledger.validation.review.command;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.Seat;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationRule;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.Answer;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.AnswerValidationQuestion;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationQuestionAnswered;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;
import static nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewFixtures.*;

/**
 * The independence of the review panel: a member does not answer for a report of an institution they come from,
 * resolved through the institution register as the audit team's is (their member institution, and the institution
 * their affiliation names by any registered name), against every institution the report belongs to.
 */
class ReviewPanelIndependenceTest extends ClockedAggregateRuleTest<ValidationReview> {

    /** A report of teams of two institutions (25LH and 30XY), as the trail records a peer review's. */
    private static final ReportUnderReview OF_TWO = new ReportUnderReview("dialogue-2", "DIALOGUE", "25LH",
            "Carrousel", Instant.parse("2027-07-01T10:00:00Z"), List.of("25LH", "30XY"));

    ReviewPanelIndependenceTest() {
        super(new MutableClock(NOW), ReviewFixtures::fixture);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Business Marketing Services B.V.", "BM Services", "BM-Services", "business marketing services bv"})
    void aMemberAffiliatedByNameWithTheInstitutionUnderReviewWithoutACodeDoesNotAnswerForIt(String affiliation) {
        List<Object> opened = openedWithChairAffiliatedWith(affiliation);
        refused(opened, answer(CHAIR, AUDIT.reportId()), ValidationRule.MEMBER_INDEPENDENT);
        accepted(opened, answer(CHAIR, DIALOGUE.reportId()), answered(CHAIR, DIALOGUE.reportId()));
    }

    @Test
    void aMemberAffiliatedWithAnOrganisationTheRegisterDoesNotKnowAnswersForEveryReport() {
        accepted(openedWithChairAffiliatedWith("Hogeschool Elders"), answer(CHAIR, AUDIT.reportId()),
                answered(CHAIR, AUDIT.reportId()));
    }

    @Test
    void aMemberOfAnyInstitutionAReportBelongsToDoesNotAnswerForIt() {
        List<Object> opened = List.of(new ValidationReviewOpened(COMMITTEE, REVIEW, "Validatie 2027", List.of(AUDIT, OF_TWO),
                "kwaliteitsnetwerk-validatievragen", "2025", QUESTIONS, MEMBERS, "vc-chair", 0L, CHAIR, NOW));
        refused(opened, answer(FROM_30XY, OF_TWO.reportId()), ValidationRule.MEMBER_INDEPENDENT);
        accepted(opened, answer(FROM_30XY, AUDIT.reportId()), answered(FROM_30XY, AUDIT.reportId()));
    }

    private static List<Object> openedWithChairAffiliatedWith(String affiliation) {
        List<CommitteeMember> members = new ArrayList<>(MEMBERS);
        members.set(0, new CommitteeMember("vc-chair", "Eva Extern", affiliation, null, Seat.EXTERNAL));
        return List.of(new ValidationReviewOpened(COMMITTEE, REVIEW, "Validatie 2027", List.of(AUDIT, DIALOGUE),
                "kwaliteitsnetwerk-validatievragen", "2025", QUESTIONS, members, "vc-chair", 0L, CHAIR, NOW));
    }

    private static AnswerValidationQuestion answer(Actor member, String reportId) {
        return new AnswerValidationQuestion(REVIEW, reportId, "V1", Answer.YES, "Gezien", null, null, member, null);
    }

    private static ValidationQuestionAnswered answered(Actor member,
                                                       String reportId) {
        return new ValidationQuestionAnswered(COMMITTEE, REVIEW, "answer-1", reportId, "V1", Answer.YES, "Gezien", null,
                null, null, member, NOW);
    }
}
