package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ChangeMembership;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ComposeCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.Seat;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The validation committee's composition: five council members and an external chair, changed one for one, by date. */
class ValidationCommitteeTest extends ClockedAggregateRuleTest<ValidationCommittee> {

    ValidationCommitteeTest() {
        super(new MutableClock(NOW), CommitteeFixtures::fixture);
    }

    @Test
    void fiveCouncilMembersAndAnExternalChairMakeTheCommittee() {
        fixture.givenNoPriorActivity()
                .when(new ComposeCommittee(COMMITTEE, MEMBERS, "vc-chair", FROM, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(composed().get(0));
    }

    @Test
    void aCompositionOtherThanFivePlusOneIsRefused() {
        List<CommitteeMember> four = MEMBERS.subList(0, 5);
        fixture.givenNoPriorActivity().when(new ComposeCommittee(COMMITTEE, four, "vc-chair", FROM, ADMIN))
                .expectNoEvents().expectException(violates(ValidationRule.COMPOSITION));
        List<CommitteeMember> sixCouncil = new ArrayList<>(MEMBERS.subList(1, 6));
        sixCouncil.add(council("vc-6", "34GH"));
        fixture.givenNoPriorActivity().when(new ComposeCommittee(COMMITTEE, sixCouncil, "vc-6", FROM, ADMIN))
                .expectNoEvents().expectException(violates(ValidationRule.COMPOSITION));
    }

    @Test
    void theExternalMemberChairsAndComesFromNoMemberInstitution() {
        fixture.givenNoPriorActivity().when(new ComposeCommittee(COMMITTEE, MEMBERS, "vc-2", FROM, ADMIN))
                .expectNoEvents().expectException(violates(ValidationRule.COMPOSITION));
        List<CommitteeMember> insiderChair = new ArrayList<>(MEMBERS);
        insiderChair.set(0, new CommitteeMember("vc-chair", "Eva", "ROC X", "35IJ", Seat.EXTERNAL));
        fixture.givenNoPriorActivity().when(new ComposeCommittee(COMMITTEE, insiderChair, "vc-chair", FROM, ADMIN))
                .expectNoEvents().expectException(violates(ValidationRule.COMPOSITION));
    }

    @Test
    void aCouncilMemberNamesTheirInstitution() {
        List<CommitteeMember> anonymous = new ArrayList<>(MEMBERS);
        anonymous.set(1, new CommitteeMember("committee", "Lid", "ROC", null, Seat.COUNCIL));
        fixture.givenNoPriorActivity().when(new ComposeCommittee(COMMITTEE, anonymous, "vc-chair", FROM, ADMIN))
                .expectNoEvents().expectException(violates(ValidationRule.COMPOSITION));
    }

    @Test
    void aChangeOfMembershipIsAnEventWithItsDateAndReason() {
        CommitteeMember joining = council("vc-6", "34GH");
        LocalDate on = LocalDate.parse("2028-01-01");
        accepted(composed(), new ChangeMembership(COMMITTEE, "vc-5", joining, on, "Termijn verstreken", ADMIN, null),
                new MembershipChanged(COMMITTEE, "vc-5", joining, "vc-chair", on, "Termijn verstreken", ADMIN, NOW));
    }

    @Test
    void aChangeKeepsTheCompositionAndItsDatesInOrder() {
        refused(composed(), new ChangeMembership(COMMITTEE, "vc-5", new CommitteeMember("x", "X", "Extern", null, Seat.EXTERNAL),
                LocalDate.parse("2028-01-01"), "r", ADMIN, null), ValidationRule.COMPOSITION);
        refused(composed(), new ChangeMembership(COMMITTEE, "vc-5", council("vc-6", "34GH"), LocalDate.parse("2026-12-31"),
                "r", ADMIN, null), ValidationRule.DATES_IN_ORDER);
        refused(composed(), new ChangeMembership(COMMITTEE, "nobody", council("vc-6", "34GH"), LocalDate.parse("2028-01-01"),
                "r", ADMIN, null), ValidationRule.UNKNOWN_MEMBER);
        refused(composed(), new ChangeMembership(COMMITTEE, "vc-5", council("vc-6", "34GH"), LocalDate.parse("2028-01-01"),
                " ", ADMIN, null), ValidationRule.REASON_REQUIRED);
    }

    @Test
    void aNewExternalMemberTakesTheChair() {
        CommitteeMember newChair = new CommitteeMember("vc-chair2", "Nieuwe Voorzitter", "Hogeschool", null, Seat.EXTERNAL);
        LocalDate on = LocalDate.parse("2028-01-01");
        accepted(composed(), new ChangeMembership(COMMITTEE, "vc-chair", newChair, on, "Afscheid", ADMIN, null),
                new MembershipChanged(COMMITTEE, "vc-chair", newChair, "vc-chair2", on, "Afscheid", ADMIN, NOW));
    }

    @Test
    void theCommitteeIsComposedUnderTheNormalFormOfItsMembersCodes() {
        List<CommitteeMember> spelled = List.of(EXTERNAL_CHAIR, spelled("committee", "29WT", "\uFF12\uFF19wt "),
                spelled("vc-2", "30XY", "30xy"), spelled("vc-3", "31AB", " 31AB"), spelled("vc-4", "32CD", "32cD"),
                spelled("vc-5", "33EF", "\u300033EF"));
        fixture.givenNoPriorActivity()
                .when(new ComposeCommittee(COMMITTEE, spelled, "vc-chair", FROM, ADMIN))
                .expectEvents(composed().get(0));
    }

    private static CommitteeMember spelled(String userId, String code, String spelling) {
        return new CommitteeMember(userId, "Lid " + userId, "ROC " + code, spelling, Seat.COUNCIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"29WT\u200B", "\u200C29WT", "29\u200DWT", "29WT\u2060", "\uFEFF29WT", "29WT\u0085", "29 WT"})
    void aMembersCodeWithAnInvisibleControlOrSpaceCharacterIsRefusedAsInput(String hostile) {
        assertThatThrownBy(() -> council("committee", hostile)).isInstanceOfSatisfying(InvalidText.class,
                refused -> assertThat(refused.field()).isEqualTo("memberInstitutionCode"));
    }

    @Test
    void aRefusedChangeNamesItsRuleButNoPerson() {
        fixture.given(composed())
                .when(new ChangeMembership(COMMITTEE, "vc-9", council("vc-6", "34GH"), TERM_ENDS, "r", ADMIN, null))
                .expectNoEvents().expectException(violates(ValidationRule.UNKNOWN_MEMBER))
                .expectExceptionMessage("The member who is to leave is not on the committee.");
    }
}
