package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The institution register at the audit API: who is audited, and who may audit them. */
class InstitutionRegisterApiTest extends ServiceTestBase {

    @Test
    void anAuditIsOfARegisteredInstitutionUnderItsRegisteredName() {
        ApiClient api = api();
        Response unknown = api.post("admin", "/audits", AuditJourney.scheduling(clock).put("institutionCode", "99ZZ"));
        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(400);
        assertThat(unknown.text("code")).isEqualTo("unknown-institution");

        Response misnamed = api.post("admin", "/audits", AuditJourney.scheduling(clock).put("institutionName", "ROC Voorbeeld"));
        assertThat(misnamed.status()).as(misnamed.raw()).isEqualTo(400);
        assertThat(misnamed.text("code")).isEqualTo("institution-mismatch");

        AuditJourney audit = AuditJourney.schedule(api, clock, AuditJourney.scheduling(clock).put("institutionName", "BM Services"));
        JsonNode view = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("admin", audit.path("")),
                read -> read.status() == 200).body();
        assertThat(view.path("institution").path("name").asText()).isEqualTo("Business Marketing Services B.V.");
    }

    /** The case: an auditor of "Business Marketing Services B.V.", no code given, on 29WT's own audit. */
    @Test
    void anAuditorOfTheAuditedInstitutionByNameAloneIsRefusedAndAnotherIsRecordedWithTheInstitutionResolved() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock);
        Response insider = api.post("admin", audit.path("/team"), team("Business Marketing Services B.V.", null));
        assertThat(insider.status()).as(insider.raw()).isEqualTo(409);
        assertThat(insider.text("code")).isEqualTo("auditor-not-independent");

        Response contradicting = api.post("admin", audit.path("/team"), team("Business Marketing Services B.V.", "25LH"));
        assertThat(contradicting.status()).as(contradicting.raw()).isEqualTo(400);
        assertThat(contradicting.text("code")).isEqualTo("affiliation-conflict");

        audit.step("admin", "/team", team("ROC Elders", null));
        JsonNode view = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("admin", audit.path("")),
                read -> read.status() == 200 && read.body().path("version").asLong() >= audit.version).body();
        assertThat(view.path("auditors").get(0).path("resolvedInstitutionCode").asText()).isEqualTo("25LH");
        assertThat(view.path("auditors").get(0).path("affiliationInstitutionCode").isMissingNode()
                || view.path("auditors").get(0).path("affiliationInstitutionCode").isNull()).as("as stated: none").isTrue();
    }

    private static ObjectNode team(String auditorAffiliation, String auditorCode) {
        ObjectNode body = ApiClient.json();
        body.putObject("leadAuditor").put("userId", "lead").put("name", "Lea Lead").put("affiliation", "Kwaliteitsnetwerk mbo");
        body.putArray("auditors").addObject().put("userId", "auditor").put("name", "Aad Auditor")
                .put("affiliation", auditorAffiliation).put("affiliationInstitutionCode", auditorCode);
        return body;
    }
}
