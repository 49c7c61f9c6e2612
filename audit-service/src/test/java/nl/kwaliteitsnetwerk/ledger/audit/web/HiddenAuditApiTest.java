package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.Refusals;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command on an audit the caller may not see is answered exactly as one on an id that does not
 * exist: same status, same code, same words but for the id, whatever version it names (one behind,
 * the current one or one it has not reached), and nothing is recorded. One who may see the audit but
 * not do this is refused without a name in the answer.
 */
class HiddenAuditApiTest extends ServiceTestBase {

    @Test
    void anotherInstitutionCommentingOnAConceptReportLearnsNothingOfTheAudit() {
        AuditJourney audit = conceptIssued();
        ObjectNode comment = ApiClient.json().put("text", "Opmerking");

        assertAnsweredAsUnknown(audit, "other-roc", "/comments", comment, null);
        assertAnsweredAsUnknown(audit, "other-roc", "/comments", comment, "\"0\"");
        assertAnsweredAsUnknown(audit, "other-roc", "/comments", comment, aheadOf(audit));
        assertNothingRecorded(audit);
    }

    @Test
    void anAuditorOffTheTeamRecordingAFindingLearnsNothingOfTheAudit() {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit();

        assertAnsweredAsUnknown(audit, "auditor2", "/findings", AuditJourney.finding("KS1"), null);
        assertAnsweredAsUnknown(audit, "auditor2", "/findings", AuditJourney.finding("KS1"), "\"1\"");
        assertAnsweredAsUnknown(audit, "auditor2", "/findings", AuditJourney.finding("KS1"), aheadOf(audit));
        assertNothingRecorded(audit);
    }

    @Test
    void anAuditorWhoMayCommentOnNothingIsRefusedByRoleWithoutANameInTheAnswer() {
        AuditJourney audit = conceptIssued();
        assertRefusedNamingNoOne(api().post("auditor2", audit.path("/comments"), ApiClient.json().put("text", "Opmerking")),
                403, "forbidden");
    }

    @Test
    void aCouncilMemberWhoSeesTheAuditIsRefusedByItsRuleWithoutANameInTheAnswer() {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned();
        assertRefusedNamingNoOne(api().post("council", audit.path("/comments"), ApiClient.json().put("text", "Opmerking")),
                409, "not-allowed-in-this-phase");
    }

    @Test
    void anAuditorAffiliatedWithTheInstitutionIsRefusedWithoutNamingEither() {
        AuditJourney audit = AuditJourney.schedule(api(), clock);
        ObjectNode team = ApiClient.json();
        team.putObject("leadAuditor").put("userId", "lead").put("name", "Lea Lead").put("affiliation", "ROC Elders")
                .put("affiliationInstitutionCode", "25LH");
        team.putArray("auditors").addObject().put("userId", "auditor").put("name", "Aad Auditor")
                .put("affiliation", "Business Marketing Services B.V.").put("affiliationInstitutionCode", "29WT");
        Response refused = api().post("admin", audit.path("/team"), team);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("auditor-not-independent");
        assertThat(refused.text("detail")).isEqualTo("Auditor 1 of the team works for the audited institution and cannot audit it.");
    }

    private static void assertRefusedNamingNoOne(Response refused, int status, String code) {
        assertThat(refused.status()).as(refused.raw()).isEqualTo(status);
        assertThat(refused.text("code")).isEqualTo(code);
        assertThat(refused.raw()).doesNotContain("Business Marketing Services B.V.", "29WT", "Lea Lead", "Aad Auditor");
    }

    private AuditJourney conceptIssued() {
        return AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit().findingsOnEveryStandard()
                .everyStandardJudged().visitClosed().conceptIssued();
    }

    private void assertAnsweredAsUnknown(AuditJourney audit, String user, String suffix, ObjectNode body, String ifMatch) {
        String unknownId = UUID.randomUUID().toString();
        Refusals.assertAnsweredAsUnknown(api().post(user, audit.path(suffix), body, ifMatch), audit.auditId,
                api().post(user, "/audits/" + unknownId + suffix, body, ifMatch), unknownId);
    }

    /** A version the audit has not reached: refused before any rule, were the version checked first. */
    private static String aheadOf(AuditJourney audit) {
        return "\"" + (audit.version + 5) + "\"";
    }

    /** The next command of the lead lands on the very version the audit had: the refused ones appended nothing. */
    private void assertNothingRecorded(AuditJourney audit) {
        Response next = api().post("lead", audit.path("/oral-feedback"), ApiClient.json().put("summary", "x"),
                "\"" + audit.version + "\"");
        assertThat(next.status()).as(next.raw()).isIn(200, 409);
        assertThat(next.text("code")).as(next.raw()).isNotEqualTo("stale-version");
    }
}
