package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionRef;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulingAndTeamTest extends AuditRuleTest {

    private static final LocalDate PLANNED = LocalDate.parse("2027-03-01");

    @Test
    void schedulingRecordsTheAuditUnderItsFrameworkVersion() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleAudit(AUDIT, AUDITED_INSTITUTION, AuditKind.INSTITUTIONAL, null, PLANNED,
                        NETWORK_FRAMEWORK, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AuditScheduled(AUDIT, AUDITED_INSTITUTION, AuditKind.INSTITUTIONAL, null, PLANNED,
                        NETWORK_FRAMEWORK, ADMIN, NOW, null));
    }

    @Test
    void themeAuditIsScheduledWithItsTheme() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleAudit(AUDIT, AUDITED_INSTITUTION, AuditKind.THEME, " Examinering ", PLANNED,
                        BKA_FRAMEWORK, ADMIN))
                .expectEvents(new AuditScheduled(AUDIT, AUDITED_INSTITUTION, AuditKind.THEME, "Examinering", PLANNED,
                        BKA_FRAMEWORK, ADMIN, NOW, null));
    }

    @Test
    void auditUnderAnUnknownFrameworkIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleAudit(AUDIT, AUDITED_INSTITUTION, AuditKind.INSTITUTIONAL, null, PLANNED,
                        new FrameworkRef("kwaliteitsnetwerk-instellingsaudit", "1999"), ADMIN))
                .expectNoEvents().expectException(violates(AuditRule.UNKNOWN_FRAMEWORK));
    }

    @Test
    void themeAuditWithoutThemeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleAudit(AUDIT, AUDITED_INSTITUTION, AuditKind.THEME, " ", PLANNED,
                        NETWORK_FRAMEWORK, ADMIN))
                .expectNoEvents().expectException(violates(AuditRule.THEME_MATCHES_KIND));
    }

    @Test
    void institutionalAuditWithAThemeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleAudit(AUDIT, AUDITED_INSTITUTION, AuditKind.INSTITUTIONAL, "BPV", PLANNED,
                        NETWORK_FRAMEWORK, ADMIN))
                .expectNoEvents().expectException(violates(AuditRule.THEME_MATCHES_KIND));
    }

    @Test
    void teamAssignmentRecordsLeadAndAuditors() {
        accepted(scheduled(), new AssignAuditTeam(AUDIT, LEAD_MEMBER, List.of(AUDITOR_MEMBER), ADMIN, null),
                new AuditTeamAssigned(AUDIT, LEAD_MEMBER.resolvedTo("25LH"), List.of(AUDITOR_MEMBER), ADMIN, NOW,
                        null));
    }

    @Test
    void auditorAffiliatedWithTheAuditedInstitutionIsRefusedNamingNeitherPersonNorInstitution() {
        TeamMember insider = new TeamMember("auditor2", "Ina Insider", "Business Marketing Services B.V.", "29wt");
        refused(scheduled(), new AssignAuditTeam(AUDIT, LEAD_MEMBER, List.of(AUDITOR_MEMBER, insider), ADMIN, null),
                AuditRule.AUDITOR_INDEPENDENT)
                .expectExceptionMessage("Auditor 2 of the team works for the audited institution and cannot audit it.");
    }

    @Test
    void leadAuditorAffiliatedWithTheAuditedInstitutionIsRefused() {
        TeamMember insider = new TeamMember("lead", "Lea Lead", "Business Marketing Services B.V.", "29WT");
        refused(scheduled(), new AssignAuditTeam(AUDIT, insider, List.of(AUDITOR_MEMBER), ADMIN, null),
                AuditRule.AUDITOR_INDEPENDENT)
                .expectExceptionMessage("The lead auditor works for the audited institution and cannot audit it.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"29WT", " 29WT ", "29wt", "\uFF12\uFF19\uFF37\uFF34", "\u300029wT\t"})
    void auditorAffiliatedWithTheAuditedInstitutionUnderAnySpellingOfItsCodeIsRefused(String spelling) {
        TeamMember insider = new TeamMember("auditor2", "Ina Insider", "Business Marketing Services B.V.", spelling);
        refused(scheduled(), new AssignAuditTeam(AUDIT, LEAD_MEMBER, List.of(AUDITOR_MEMBER, insider), ADMIN, null),
                AuditRule.AUDITOR_INDEPENDENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"29WT\u200B", "\u200C29WT", "29\u200DWT", "29WT\u2060", "\uFEFF29WT", "29WT\u0000", "29 WT"})
    void affiliationWithAnInvisibleControlOrSpaceCharacterIsRefusedAsInput(String hostile) {
        assertThatThrownBy(() -> new TeamMember("auditor2", "Ina Insider", "Business Marketing Services B.V.", hostile))
                .isInstanceOfSatisfying(InvalidText.class,
                        refused -> assertThat(refused.field()).isEqualTo("affiliationInstitutionCode"));
    }

    @Test
    void anAuditIsScheduledUnderTheNormalFormOfTheInstitutionsCode() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleAudit(AUDIT, new InstitutionRef(" \uFF12\uFF19wt", 21274,
                        "Business Marketing Services B.V."),
                        AuditKind.INSTITUTIONAL, null, PLANNED, NETWORK_FRAMEWORK, ADMIN))
                .expectEvents(new AuditScheduled(AUDIT, AUDITED_INSTITUTION, AuditKind.INSTITUTIONAL, null, PLANNED,
                        NETWORK_FRAMEWORK, ADMIN, NOW, null));
    }

    @Test
    void personTwiceOnTheTeamIsRefused() {
        refused(scheduled(), new AssignAuditTeam(AUDIT, LEAD_MEMBER, List.of(AUDITOR_MEMBER, AUDITOR_MEMBER), ADMIN, null),
                AuditRule.TEAM_WELL_FORMED);
    }

    @Test
    void teamIsFixedOnceTheIntakeIsHeld() {
        refused(intakeHeld(), new AssignAuditTeam(AUDIT, LEAD_MEMBER, List.of(), ADMIN, null), AuditRule.WRONG_PHASE);
    }

    @Test
    void leadAuditorRecordsTheIntake() {
        accepted(teamAssigned(), new RecordIntake(AUDIT, LocalDate.parse("2027-02-01"), "Focus op BPV", LEAD, null),
                new IntakeRecorded(AUDIT, LocalDate.parse("2027-02-01"), "Focus op BPV", LEAD, NOW));
    }

    @Test
    void intakeByAnAuditorWhoIsNotTheLeadIsRefused() {
        refused(teamAssigned(), new RecordIntake(AUDIT, LocalDate.parse("2027-02-01"), "Focus", AUDITOR, null),
                AuditRule.ONLY_LEAD_AUDITOR);
    }

    @Test
    void intakeWithoutExpectationsIsRefused() {
        refused(teamAssigned(), new RecordIntake(AUDIT, LocalDate.parse("2027-02-01"), " ", LEAD, null),
                AuditRule.REQUIRED_TEXT);
    }

    @Test
    void intakeBeforeTheTeamIsAssignedIsAnsweredAsIfTheAuditDidNotExist() {
        answeredAsUnknown(scheduled(), new RecordIntake(AUDIT, LocalDate.parse("2027-02-01"), "Focus", LEAD, null));
    }

    @Test
    void siteVisitStartsAfterTheIntake() {
        accepted(intakeHeld(), new StartSiteVisit(AUDIT, LEAD, null), new SiteVisitStarted(AUDIT, LEAD, NOW, null));
    }

    @Test
    void siteVisitBeforeTheIntakeIsRefused() {
        refused(teamAssigned(), new StartSiteVisit(AUDIT, LEAD, null), AuditRule.WRONG_PHASE);
    }
}
