package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.assertRefusedAsInvalidText;
import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.postEscaped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Institution codes through the API: one code however it is spelled, and what cannot be a code refused by name. */
class InstitutionCodeApiTest extends ServiceTestBase {

    @Test
    void anAuditorFromTheInstitutionIsRefusedUnderAnySpellingAndAnInvisibleCharacterIsRefusedAsInput() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock);

        Response fullWidth = api.post("admin", audit.path("/team"), team("\uFF12\uFF19\uFF57\uFF54"));
        assertThat(fullWidth.status()).as(fullWidth.raw()).isEqualTo(409);
        assertThat(fullWidth.text("code")).isEqualTo("auditor-not-independent");
        assertThat(api.post("admin", audit.path("/team"), team(" 29wt ")).text("code")).isEqualTo("auditor-not-independent");

        assertRefusedAsInvalidText(postEscaped(api, "admin", audit.path("/team"), team("29WT\u200b")),
                "auditors[0].affiliationInstitutionCode", "29WT\u200b");
        assertRefusedAsInvalidText(postEscaped(api, "admin", "/audits", ApiClient.json().put("institutionCode", "29\u2060WT")
                .put("boardNumber", 21274).put("institutionName", "Business Marketing Services B.V.").put("kind",
                        "INSTITUTIONAL")
                .put("plannedDate", "2027-03-01").put("frameworkId", "kwaliteitsnetwerk-instellingsaudit")
                .put("frameworkVersion", "2013")), "institutionCode", "29\u2060WT");
    }

    @Test
    void anInstitutionIsFoundUnderAnySpellingOfItsCode() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock);
        await().atMost(Duration.ofSeconds(20)).until(() -> listed(api, "%2029wt"), listed -> listed.contains(audit.auditId));
        assertThat(listed(api, "%EF%BC%92%EF%BC%99WT")).contains(audit.auditId);
        assertThat(listed(api, "25LH")).doesNotContain(audit.auditId);
    }

    @Test
    void aControlCharacterInAQueryParameterOrPathVariableIsRefusedNamingIt() {
        assertRefusedAsInvalidText(api().get("admin", "/audits?institution=29WT%00"), "institution", "29WT\u0000");
        assertRefusedAsInvalidText(api().get("admin", "/audits/x%7F"), "auditId", "x\u007f");
    }

    private static List<String> listed(ApiClient api, String institution) {
        return Pages.values(api, "admin", "/audits?limit=200&institution=" + institution, "auditId");
    }

    private static ObjectNode team(String auditorAffiliation) {
        ObjectNode body = ApiClient.json();
        body.putObject("leadAuditor").put("userId", "lead").put("name", "Lea Lead").put("affiliation", "ROC Elders")
                .put("affiliationInstitutionCode", "25LH");
        body.putArray("auditors").addObject().put("userId", "auditor").put("name", "Aad Auditor")
                .put("affiliation", "Business Marketing Services B.V.").put("affiliationInstitutionCode",
                        auditorAffiliation);
        return body;
    }
}
