package nl.kwaliteitsnetwerk.ledger.validation.committee.command;

import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRule;
import nl.kwaliteitsnetwerk.ledger.testsupport.ClockedAggregateRuleTest;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ChangeMembership;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeComposed;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ComposeCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.Seat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.*;

/**
 * Who a committee member works for, resolved through the institution register as an auditor's is: the external
 * member is no one of a member institution, by its code or by any of its registered names; a council member's
 * affiliation names no other registered institution than the one they sit for.
 */
class CommitteeAffiliationTest extends ClockedAggregateRuleTest<ValidationCommittee> {

    CommitteeAffiliationTest() {
        super(new MutableClock(NOW), CommitteeFixtures::fixture);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Business Marketing Services B.V.", "BM-Services", "ROC Elders"})
    void anExternalMemberAffiliatedByNameWithAMemberInstitutionIsRefused(String affiliation) {
        List<CommitteeMember> members = new ArrayList<>(MEMBERS);
        members.set(0, new CommitteeMember("vc-chair", "Eva Extern", affiliation, null, Seat.EXTERNAL));
        refused(List.of(), new ComposeCommittee(COMMITTEE, members, "vc-chair", FROM, ADMIN), ValidationRule.COMPOSITION);
    }

    @Test
    void anExternalMemberFromAnOrganisationOutsideTheNetworkIsAccepted() {
        List<CommitteeMember> members = new ArrayList<>(MEMBERS);
        members.set(0, new CommitteeMember("vc-chair", "Eva Extern", "Hogeschool Utrecht", null, Seat.EXTERNAL));
        fixture.givenNoPriorActivity().when(new ComposeCommittee(COMMITTEE, members, "vc-chair", FROM, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CommitteeComposed(COMMITTEE, members, "vc-chair", FROM, ADMIN, NOW));
    }

    @Test
    void aCouncilMemberWhoseAffiliationIsAnotherRegisteredInstitutionIsRefused() {
        List<CommitteeMember> members = new ArrayList<>(MEMBERS);
        members.set(2, new CommitteeMember("vc-2", "Lid vc-2", "Business Marketing Services B.V.", "30XY", Seat.COUNCIL));
        refused(List.of(), new ComposeCommittee(COMMITTEE, members, "vc-chair", FROM, ADMIN),
                InstitutionRule.AFFILIATION_CONFLICT);
        CommitteeMember joining = new CommitteeMember("vc-6", "Lid vc-6", "BM Services", "34GH", Seat.COUNCIL);
        refused(composed(), new ChangeMembership(COMMITTEE, "vc-5", joining, TERM_ENDS, "Termijn verstreken", ADMIN, null),
                InstitutionRule.AFFILIATION_CONFLICT);
        CommitteeMember ofItsOwn = new CommitteeMember("vc-6", "Lid vc-6", "Demo-instelling 34GH", "34GH", Seat.COUNCIL);
        accepted(composed(), new ChangeMembership(COMMITTEE, "vc-5", ofItsOwn, TERM_ENDS, "Termijn verstreken", ADMIN, null),
                new MembershipChanged(COMMITTEE, "vc-5", ofItsOwn, "vc-chair", TERM_ENDS, "Termijn verstreken", ADMIN, NOW));
    }
}
