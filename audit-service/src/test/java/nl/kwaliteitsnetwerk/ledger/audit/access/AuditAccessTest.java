package nl.kwaliteitsnetwerk.ledger.audit.access;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.audit.access.AuditAccess.of;
import static nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access.FULL;
import static nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access.NONE;
import static nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access.PUBLIC;
import static nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

/** The one rule of who sees how much of an audit, as the reads and the aggregate both ask it. */
class AuditAccessTest {

    private static final Viewer LEAD = viewer("lead", Role.LEAD_AUDITOR, Role.AUDITOR);
    private static final Viewer OTHER_AUDITOR = viewer("auditor2", Role.AUDITOR);
    private static final Viewer ROC = new Viewer("roc", Set.of(Role.INSTITUTION), "29WT");
    private static final Viewer OTHER_ROC = new Viewer("other-roc", Set.of(Role.INSTITUTION), "25LH");
    private static final Viewer COUNCIL = viewer("council", Role.QUALITY_COUNCIL);
    private static final Viewer COMMITTEE = viewer("committee", Role.VALIDATION_COMMITTEE);
    private static final Viewer ADMIN = viewer("admin", Role.ADMINISTRATOR);
    private static final Viewer INSPECTOR = viewer("inspector", Role.INSPECTORATE);

    @ParameterizedTest
    @EnumSource(AuditStatus.class)
    void theTeamTheInstitutionAndTheCouncilSeeAllOfItAlways(AuditStatus status) {
        assertThat(of(LEAD, audit(status))).isEqualTo(FULL);
        assertThat(of(ROC, audit(status))).isEqualTo(FULL);
        assertThat(of(COUNCIL, audit(status))).isEqualTo(FULL);
    }

    @ParameterizedTest
    @EnumSource(value = AuditStatus.class, names = {"FINALISED", "PUBLISHED"}, mode = EnumSource.Mode.EXCLUDE)
    void beforeTheReportIsFinalOthersDoNotKnowItExistsAndAdministratorsSeeItsPlanning(AuditStatus status) {
        assertThat(of(OTHER_AUDITOR, audit(status))).isEqualTo(NONE);
        assertThat(of(OTHER_ROC, audit(status))).isEqualTo(NONE);
        assertThat(of(COMMITTEE, audit(status))).isEqualTo(NONE);
        assertThat(of(INSPECTOR, audit(status))).isEqualTo(NONE);
        assertThat(of(ADMIN, audit(status))).isEqualTo(SUMMARY);
    }

    @Test
    void theValidationCommitteeSeesAFinalReportInFull() {
        assertThat(of(COMMITTEE, audit(AuditStatus.FINALISED))).isEqualTo(FULL);
        assertThat(of(COMMITTEE, audit(AuditStatus.PUBLISHED))).isEqualTo(FULL);
        assertThat(of(INSPECTOR, audit(AuditStatus.FINALISED))).isEqualTo(NONE);
    }

    @Test
    void oncePublishedEveryoneSeesThePublicPart() {
        for (Viewer viewer : new Viewer[]{OTHER_AUDITOR, OTHER_ROC, INSPECTOR, ADMIN}) {
            assertThat(of(viewer, audit(AuditStatus.PUBLISHED))).as(viewer.userId()).isEqualTo(PUBLIC);
        }
    }

    @Test
    void oneWhoActsIsJudgedInTheRoleTheActIsRecordedInAndNoOther() {
        Viewer councilActingAsAuditor = Viewer.of(Actor.of("council", Role.AUDITOR));
        assertThat(of(councilActingAsAuditor, audit(AuditStatus.SITE_VISIT))).isEqualTo(NONE);
        assertThat(of(Viewer.of(Actor.forInstitution("roc", "29WT")), audit(AuditStatus.SITE_VISIT))).isEqualTo(FULL);
        assertThat(of(Viewer.of(Actor.of("lead", Role.LEAD_AUDITOR)), audit(AuditStatus.SITE_VISIT))).isEqualTo(FULL);
    }

    @Test
    void anInstitutionCodeWithoutTheInstitutionRoleActsForNoInstitution() {
        Viewer auditorWithACode = new Viewer("auditor2", Set.of(Role.AUDITOR), "29WT");
        assertThat(of(auditorWithACode, audit(AuditStatus.SITE_VISIT))).isEqualTo(NONE);
    }

    private static AuditStanding audit(AuditStatus status) {
        return new AuditStanding("29WT", Set.of("lead", "auditor"), status);
    }

    private static Viewer viewer(String userId, Role... roles) {
        return new Viewer(userId, Set.of(roles), null);
    }
}
