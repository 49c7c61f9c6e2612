package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The institution register in the audit: an audit is of a registered institution, under the register's name, and
 * a team member's independence is judged on the institution the register finds them to work for, by code or, when
 * nobody typed one, by the name of their organisation.
 */
class InstitutionRegisterRulesTest extends AuditRuleTest {

    private static final LocalDate PLANNED = LocalDate.parse("2027-03-01");

    private static ScheduleAudit schedule(InstitutionRef institution) {
        return new ScheduleAudit(AUDIT, institution, AuditKind.INSTITUTIONAL, null, PLANNED, NETWORK_FRAMEWORK, ADMIN);
    }

    private static AssignAuditTeam teamWith(TeamMember auditor) {
        return new AssignAuditTeam(AUDIT, LEAD_MEMBER, List.of(AUDITOR_MEMBER, auditor), ADMIN, null);
    }

    @Test
    void anAuditOfAnInstitutionTheRegisterDoesNotKnowIsRefused() {
        refusedScheduling(new InstitutionRef("99ZZ", 21274, "ROC Nergens"), InstitutionRule.UNKNOWN_INSTITUTION);
    }

    @Test
    void anAuditUnderANameOrBoardNumberTheRegisterDoesNotGiveTheInstitutionIsRefused() {
        refusedScheduling(new InstitutionRef("29WT", 21274, "ROC Voorbeeld"), InstitutionRule.INSTITUTION_MISMATCH);
        refusedScheduling(new InstitutionRef("29WT", 30105, "Business Marketing Services B.V."),
                InstitutionRule.INSTITUTION_MISMATCH);
    }

    private void refusedScheduling(InstitutionRef institution, InstitutionRule rule) {
        fixture.givenNoPriorActivity().when(schedule(institution)).expectNoEvents().expectException(violates(rule));
    }

    @Test
    void anAuditScheduledUnderAnotherOfTheInstitutionsNamesRecordsTheRegistersName() {
        fixture.givenNoPriorActivity().when(schedule(new InstitutionRef("29WT", 21274, "BM Services")))
                .expectEvents(new AuditScheduled(AUDIT, AUDITED_INSTITUTION, AuditKind.INSTITUTIONAL, null, PLANNED,
                        NETWORK_FRAMEWORK, ADMIN, NOW, null));
    }

    /** The case: affiliated with "Business Marketing Services B.V." and no code, on 29WT's own audit. */
    @ParameterizedTest
    @ValueSource(strings = {"Business Marketing Services B.V.", "Business Marketing Services BV", "BM Services",
            "BM-Services", "business marketing services"})
    void anAuditorWhoseOrganisationIsTheAuditedInstitutionByNameAloneIsRefused(String organisation) {
        TeamMember insider = new TeamMember("auditor2", "Ina Insider", organisation, null);
        refused(scheduled(), teamWith(insider), AuditRule.AUDITOR_INDEPENDENT)
                .expectExceptionMessage("Auditor 2 of the team works for the audited institution and cannot audit it.");
    }

    @Test
    void aLeadAuditorWhoseOrganisationIsTheAuditedInstitutionByNameAloneIsRefused() {
        TeamMember insider = new TeamMember("lead", "Lea Lead", "Business Marketing Services B.V.", null);
        refused(scheduled(), new AssignAuditTeam(AUDIT, insider, List.of(AUDITOR_MEMBER), ADMIN, null),
                AuditRule.AUDITOR_INDEPENDENT);
    }

    @Test
    void anAffiliationWhoseCodeContradictsItsNameIsRefused() {
        TeamMember contradicting = new TeamMember("auditor2", "Ina Insider", "Business Marketing Services B.V.", "25LH");
        refused(scheduled(), teamWith(contradicting), InstitutionRule.AFFILIATION_CONFLICT);
    }

    @Test
    void theTeamIsRecordedWithTheInstitutionEachMemberWorksFor() {
        TeamMember byName = new TeamMember("auditor2", "Ina Elders", "ROC Elders", null);
        TeamMember consultant = new TeamMember("auditor3", "Kees Consultant", "Adviesbureau Kwaliteit", null);
        accepted(scheduled(), new AssignAuditTeam(AUDIT, LEAD_MEMBER, List.of(byName, consultant), ADMIN, null),
                new AuditTeamAssigned(AUDIT, LEAD_MEMBER.resolvedTo("25LH"),
                        List.of(byName.resolvedTo("25LH"), consultant), ADMIN, NOW, null));
    }

    @Test
    void aTeamRecordedBeforeTheRegisterWasConsultedIsJudgedOnTheCodeAsGiven() {
        TeamMember stated = new TeamMember("auditor2", "Ina Insider", "Business Marketing Services B.V.", "29WT");
        assertThat(stated.resolvedInstitutionCode()).isNull();
        assertThat(stated.isAffiliatedWith("29WT")).isTrue();
        assertThat(stated.resolvedTo("29WT").isAffiliatedWith("29wt")).isTrue();
        assertThat(new TeamMember("auditor3", "Kees", "Adviesbureau", null).isAffiliatedWith("29WT")).isFalse();
    }
}
