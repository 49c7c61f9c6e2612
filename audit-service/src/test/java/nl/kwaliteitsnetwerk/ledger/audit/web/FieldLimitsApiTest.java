package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.assertRefusedAsInvalidText;
import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.postEscaped;
import static nl.kwaliteitsnetwerk.ledger.testsupport.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of the audit API's fields: names, codes and references take one line of bounded length,
 * dates lie in a window that fits what they date, a board number is a plausible one; each breach is a
 * 400 {@code invalid-request} naming the field, and the OpenAPI document states the lengths.
 */
class FieldLimitsApiTest extends ServiceTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"ROC \u202eVoorbeeld", "ROC\nVoorbeeld", "ROC\tVoorbeeld", "ROC\u2028Voorbeeld",
            "ROC \u2066Voorbeeld\u2069", "ROC \u200fVoorbeeld"})
    void aNameWithALineBreakATabOrATextDirectionCharacterIsRefusedNamingIt(String name) {
        assertRefusedNaming(postEscaped(api(), "admin", "/audits", schedule().put("institutionName", name)), "institutionName");
    }

    @Test
    void aCarriageReturnIsRefusedInAnyTextAlreadyNamingTheField() {
        assertRefusedAsInvalidText(postEscaped(api(), "admin", "/audits", schedule().put("institutionName", "ROC\r\nVoorbeeld")),
                "institutionName", "ROC\r\nVoorbeeld");
    }

    @Test
    void aTeamMembersNameOrAnEvidenceReferenceOfMoreThanOneLineIsRefusedNamingIt() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock);
        ObjectNode team = ApiClient.json();
        team.putObject("leadAuditor").put("userId", "lead").put("name", "Lea Lead").put("affiliation", "ROC Elders");
        team.putArray("auditors").addObject().put("userId", "auditor").put("name", "Aad\nAuditor");
        assertRefusedNaming(postEscaped(api, "admin", audit.path("/team"), team), "auditors[0].name");

        audit.teamAssigned().intakeHeld().onSiteVisit();
        ObjectNode finding = AuditJourney.finding("KS1");
        finding.withArray("evidence").addObject().put("kind", "DOCUMENT").put("reference", "Jaarverslag \u202e2026");
        assertRefusedNaming(postEscaped(api, "auditor", audit.path("/findings"), finding), "evidence[1].reference");
    }

    @Test
    void aFreeTextKeepsItsLinesAndTabs() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit();
        Response recorded = api.post("auditor", audit.path("/findings"),
                AuditJourney.finding("KS1").put("text", "Eerste regel\n\tTweede regel"));
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(200);
    }

    @Test
    void aTextOverItsFieldsLimitIsRefusedNamingIt() {
        assertRefusedNaming(api().post("admin", "/audits", schedule().put("institutionName", "R".repeat(201))), "institutionName");
        assertRefusedNaming(api().post("admin", "/audits", schedule().put("frameworkVersion", "2".repeat(101))), "frameworkVersion");
        // at its limit the name passes the shape check; it is then the register that refuses a name not the institution's
        Response atLimit = api().post("admin", "/audits", schedule().put("institutionName", "R".repeat(200)));
        assertThat(atLimit.status()).as(atLimit.raw()).isEqualTo(400);
        assertThat(atLimit.text("code")).as(atLimit.raw()).isEqualTo("institution-mismatch");
    }

    /** A bidi override or mark, a line break (percent-encoded in the query) or more than a code's length. */
    @Test
    void anInstitutionFilterOfMoreThanOneLineOrTooLongIsRefusedNamingTheParameter() {
        for (String institution : List.of("29%E2%80%AEWT", "29%0AWT", "29WT%E2%80%8F", "X".repeat(101))) {
            for (String list : List.of("/audits", "/follow-ups")) {
                assertRefusedNaming(api().get("inspector", list + "?institution=" + institution), "institution");
            }
        }
        assertThat(api().get("inspector", "/audits?institution=" + "X".repeat(100)).status()).as("a code's length")
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+99999-01-01", "1900-01-01", "0001-01-01"})
    void aPlannedDateFarFromTodayIsRefused(String plannedDate) {
        assertRefusedNaming(api().post("admin", "/audits", schedule().put("plannedDate", plannedDate)), "plannedDate");
    }

    @Test
    void anIntakeCannotBeHeldTomorrowNorLongAgo() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned();
        for (String heldOn : new String[]{AuditJourney.today(clock).plusDays(1).toString(),
                AuditJourney.today(clock).minusYears(Requests.HISTORIC_YEARS + 1).toString()}) {
            assertRefusedNaming(api.post("lead", audit.path("/intake"),
                    ApiClient.json().put("heldOn", heldOn).put("expectations", "x")), "heldOn");
        }
    }

    @Test
    void aBoardNumberIsAPositiveNumberOfAtMostSixDigits() {
        assertRefusedNaming(api().post("admin", "/audits", schedule().put("boardNumber", 1_000_000)), "boardNumber");
        assertRefusedNaming(api().post("admin", "/audits", schedule().put("boardNumber", 0)), "boardNumber");
    }

    @Test
    void theOpenApiDocumentStatesEachFieldsMaximumLength() {
        JsonNode schemas = api().get(null, "/v3/api-docs").body().path("components").path("schemas");
        assertThat(maxLength(schemas, "ScheduleAuditRequest", "institutionName")).isEqualTo(200);
        assertThat(maxLength(schemas, "ScheduleAuditRequest", "institutionCode")).isEqualTo(100);
        assertThat(maxLength(schemas, "TeamMemberRequest", "name")).isEqualTo(200);
        assertThat(maxLength(schemas, "EvidenceRequest", "reference")).isEqualTo(500);
        assertThat(maxLength(schemas, "JudgementRequest", "value")).isEqualTo(100);
        assertThat(maxLength(schemas, "FindingRequest", "text")).as("a free text").isEqualTo(20_000);
        assertThat(schemas.path("ScheduleAuditRequest").path("properties").path("boardNumber").path("maximum").asInt())
                .isEqualTo(999_999);
    }

    private static int maxLength(JsonNode schemas, String schema, String property) {
        return schemas.path(schema).path("properties").path(property).path("maxLength").asInt(-1);
    }

    private ObjectNode schedule() {
        return AuditJourney.scheduling(clock);
    }
}
