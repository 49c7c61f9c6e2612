package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.EndpointRoles;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiDocumentChecks;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.kernel.identity.Role.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each of the audit service's operations, pinned: each handler states it once and the document
 * tells it ({@code x-roles}); the generated role matrix takes its expectations from there, so this table is
 * what keeps a wrong role from passing. The decisions of the URL table the annotations replaced.
 */
class AuditEndpointRolesTest extends ServiceTestBase {

    @Test
    void everyOperationStatesTheRolesItAlwaysHad() {
        String audit = "POST /audits/{auditId}/";
        EndpointRoles expected = new EndpointRoles()
                .allow("POST /audits", ADMINISTRATOR)
                .allow(audit + "team", ADMINISTRATOR)
                .allowEach(audit, List.of("findings", "findings/{findingId}/corrections", "findings/{findingId}/retraction",
                        "judgements", "overall-judgement"), LEAD_AUDITOR, AUDITOR)
                .allow(audit + "comments", INSTITUTION, QUALITY_COUNCIL)
                .allow(audit + "follow-ups/{followUpId}/done", INSTITUTION)
                .allow(audit + "board-reaction", INSTITUTION)
                .allowEach(audit, List.of("intake", "site-visit", "oral-feedback", "concept-report", "reopening",
                        "comments/{commentId}/disposition", "final-report", "errata", "publication",
                        "follow-ups/{followUpId}/acceptance", "follow-ups/{followUpId}/reopening",
                        "business-date-corrections", "carried-over-judgements"), LEAD_AUDITOR)
                .readableBySignedIn("/audits", "/audits/{auditId}", "/audits/{auditId}/trail", "/follow-ups")
                // the platform's, in every service: the institution register and the frameworks' translations
                .readableBySignedIn("/institutions", "/institutions/{code}", "/frameworks/translations");
        assertThat(OpenApiDocumentChecks.ownOperationRoles(api().get(null, "/v3/api-docs").body()))
                .isEqualTo(expected.table());
    }
}
