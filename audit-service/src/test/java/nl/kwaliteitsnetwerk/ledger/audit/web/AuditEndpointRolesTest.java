package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentChecks;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each of the audit service's operations, pinned: each handler states it once and the document
 * tells it ({@code x-roles}); the generated role matrix takes its expectations from there, so this table is
 * what keeps a wrong role from passing. The decisions of the URL table the annotations replaced.
 */
class AuditEndpointRolesTest extends ServiceTestBase {

    private static final String ADMINISTRATOR = "[\"ADMINISTRATOR\"]";
    private static final String LEAD = "[\"LEAD_AUDITOR\"]";
    private static final String TEAM = "[\"LEAD_AUDITOR\",\"AUDITOR\"]";
    private static final String SIGNED_IN = "[\"signed-in\"]";

    @Test
    void everyOperationStatesTheRolesItAlwaysHad() {
        Map<String, String> expected = new TreeMap<>();
        expected.put("POST /audits", ADMINISTRATOR);
        expected.put("POST /audits/{auditId}/team", ADMINISTRATOR);
        for (String step : List.of("findings", "findings/{findingId}/corrections", "findings/{findingId}/retraction",
                "judgements", "overall-judgement")) {
            expected.put("POST /audits/{auditId}/" + step, TEAM);
        }
        expected.put("POST /audits/{auditId}/comments", "[\"INSTITUTION\",\"QUALITY_COUNCIL\"]");
        expected.put("POST /audits/{auditId}/follow-ups/{followUpId}/done", "[\"INSTITUTION\"]");
        for (String step : List.of("intake", "site-visit", "oral-feedback", "concept-report", "reopening",
                "comments/{commentId}/disposition", "final-report", "errata", "publication",
                "follow-ups/{followUpId}/acceptance", "follow-ups/{followUpId}/reopening")) {
            expected.put("POST /audits/{auditId}/" + step, LEAD);
        }
        for (String read : List.of("/audits", "/audits/{auditId}", "/audits/{auditId}/trail", "/follow-ups")) {
            expected.put("GET " + read, SIGNED_IN);
        }
        assertThat(OpenApiDocumentChecks.ownOperationRoles(api().get(null, "/v3/api-docs").body())).isEqualTo(expected);
    }
}
