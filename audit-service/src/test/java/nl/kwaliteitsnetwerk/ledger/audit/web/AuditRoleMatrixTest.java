package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiRoleMatrixTestBase;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The audit service's role matrix, generated from its OpenAPI document: an audit of 29WT and one of 25LH,
 * each with its team assigned and its intake held (the lead and one auditor on both), so the institution,
 * the team, the council and everyone else each see some, all or none of them.
 */
class AuditRoleMatrixTest extends OpenApiRoleMatrixTestBase {

    @Override
    protected List<Subject> subjects() {
        ApiClient api = api();
        List<String> audits = List.of(audit(api, "29WT"), audit(api, "25LH"));
        return List.of(new Subject("auditId", "/audits/{id}", audits),
                Subject.anyAggregate("/audits/{id}", audits));
    }

    private String audit(ApiClient api, String institution) {
        AuditJourney audit = AuditJourney.schedule(api, clock, AuditJourney.scheduling(clock, institution));
        ObjectNode team = ApiClient.json();
        team.putObject("leadAuditor").put("userId", "lead").put("name", "Lea Lead").put("affiliation",
                "Demo-instelling 30XY")
                .put("affiliationInstitutionCode", "30XY");
        team.putArray("auditors").addObject().put("userId", "auditor").put("name", "Aad Auditor")
                .put("affiliation", "Kwaliteitsnetwerk mbo");
        audit.step("admin", "/team", team).intakeHeld();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("lead", audit.path("")),
                read -> read.status() == 200 && read.body().path("version").asLong() == audit.version);
        return audit.auditId;
    }
}
