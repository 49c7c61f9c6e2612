package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seed's BM Services case entered after the fact, in 2026, through the API: the inspectorate's July 2021
 * investigation under the 2017 framework (KA1 insufficient, KA2 and KA3 sufficient), then the recovery
 * investigation of 28 September 2022 under the 2021 framework, which carries over what was sufficient along the
 * inspectorate's translation, judges BKA1 anew and sets the four-year term of follow-up supervision.
 */
class BmServicesCaseApiTest extends ServiceTestBase {

    private static final String KA = "inspectie-onderzoekskader-mbo-ka";
    private static final String BKA = "inspectie-onderzoekskader-mbo-bka";

    @Test
    void theRecoveryInvestigationOf2022IsEnteredAfterTheFactWithItsOwnDates() {
        ApiClient api = api();
        AuditJourney earlier = investigation(api, "INSPECTORATE_INVESTIGATION", "2021-07-05", KA, "2017", "2021-05-03");
        earlier.step("admin", "/team", team("2021-05-03"));
        earlier.step("lead", "/intake", ApiClient.json().put("heldOn", "2021-06-14")
                .put("expectations", "Heronderzoek kwaliteitsborging"));
        earlier.step("lead", "/site-visit", on("2021-07-05"));
        judgeAnew(earlier, "KA1", "ONVOLDOENDE", "2021-07-05");
        judgeAnew(earlier, "KA2", "VOLDOENDE", "2021-07-05");
        judgeAnew(earlier, "KA3", "VOLDOENDE", "2021-07-05");
        closeAndFinalise(earlier, "ONVOLDOENDE", "2021-07-06", "2021-07-20", "2021-08-10T22:00:00Z", "2021-09-01");
        JsonNode judgedIn2021 = awaitVersion(api, earlier).path("judgements");

        AuditJourney recovery = investigation(api, "RECOVERY_INVESTIGATION", "2022-09-28", BKA, "2021", "2021-11-15");
        recovery.step("admin", "/team", team("2022-06-01"));
        recovery.step("lead", "/intake", ApiClient.json().put("heldOn", "2022-08-30")
                .put("expectations", "Herstel van de tekortkomingen in kwaliteitszorg en ambitie"));
        recovery.step("lead", "/site-visit", on("2022-09-28"));
        carryOver(recovery, "BKA2", earlier, judgedIn2021.path("KA2").path("judgementId").asText());
        carryOver(recovery, "BKA3", earlier, judgedIn2021.path("KA3").path("judgementId").asText());
        judgeAnew(recovery, "BKA1", "VOLDOENDE", "2022-09-28");
        closeAndFinalise(recovery, "VOLDOENDE", "2022-09-28", "2022-10-20", "2022-11-10T22:00:00Z", "2022-11-24");

        JsonNode view = awaitVersion(api, recovery);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
        JsonNode time = view.path("businessTime");
        assertThat(step(time, "SITE_VISIT").path("occurredOn").asText()).isEqualTo("2022-09-28");
        assertThat(recordedOn(step(time, "SITE_VISIT"))).as("recorded today").isEqualTo(today);
        assertThat(step(time, "CONCEPT_ISSUED").path("occurredOn").asText()).isEqualTo("2022-10-20");
        assertThat(step(time, "FINALISED").path("occurredOn").asText()).isEqualTo("2022-11-24");
        assertThat(recordedOn(step(time, "FINALISED"))).isEqualTo(today);
        assertThat(LocalDate.ofInstant(Instant.parse(view.path("siteVisitStartedAt").asText()),
                ZoneId.of("Europe/Amsterdam"))).as("the recording time, as before").isEqualTo(today);

        JsonNode bka3 = time.path("carriedOver").path("BKA3");
        assertThat(bka3.path("shownAs").asText()).isEqualTo("KA3 (2017) -> BKA3 (2021)");
        assertThat(bka3.path("value").asText()).isEqualTo("VOLDOENDE");
        assertThat(bka3.path("source").path("auditId").asText()).isEqualTo(earlier.auditId);
        assertThat(bka3.path("source").path("judgementId").asText())
                .isEqualTo(judgedIn2021.path("KA3").path("judgementId").asText());
        assertThat(bka3.path("translation").path("authority").asText()).isEqualTo("Inspectie van het Onderwijs");
        assertThat(time.path("carriedOver").path("BKA2").path("shownAs").asText()).isEqualTo("KA2 (2017) -> BKA2 (2021)");
        assertThat(time.path("carriedOver").has("BKA1")).as("judged anew").isFalse();
        assertThat(view.path("judgements").path("BKA3").path("value").asText()).isEqualTo("VOLDOENDE");
        assertThat(view.path("finalReport").path("standardJudgements").path("BKA2").asText()).isEqualTo("VOLDOENDE");

        JsonNode term = time.path("supervisionTerm");
        assertThat(term.path("years").asInt()).isEqualTo(4);
        assertThat(term.path("startsOn").asText()).isEqualTo("2022-11-24");
        assertThat(term.path("endsOn").asText()).isEqualTo("2026-11-24");

        ApiClient.Response early2022 = api.get("lead", recovery.path("?effectiveOn=2022-01-01"));
        assertThat(early2022.status()).as(early2022.raw()).isEqualTo(200);
        assertThat(early2022.body().path("status").asText()).as("planned, not yet visited").isEqualTo("SCHEDULED");
        assertThat(early2022.body().hasNonNull("siteVisitStartedAt")).as("no visit yet").isFalse();
        assertThat(early2022.body().path("businessTime").path("steps")).hasSize(1);
        assertThat(api.get("lead", recovery.path("?effectiveOn=2022-09-28")).body().path("status").asText())
                .as("visited and the visit closed that day").isEqualTo("VISIT_CLOSED");
        assertThat(api.get("lead", recovery.path("?effectiveOn=2022-11-01")).body().path("status").asText())
                .isEqualTo("CONCEPT_ISSUED");
        assertThat(api.get("lead", recovery.path("?effectiveOn=2021-11-14")).status())
                .as("nothing of it had happened yet").isEqualTo(404);
    }

    @Test
    void aBusinessDateIsCorrectedWithAReasonAndTheViewShowsBoth() {
        ApiClient api = api();
        AuditJourney recovery = investigation(api, "RECOVERY_INVESTIGATION", "2022-09-28", BKA, "2021", "2021-11-15");
        recovery.step("admin", "/team", team("2022-06-01"));
        recovery.step("lead", "/intake", ApiClient.json().put("heldOn", "2022-08-30").put("expectations", "Herstel"));
        recovery.step("lead", "/site-visit", on("2022-09-29"));
        Instant beforeTheCorrection = clock.instant();
        clock.advance(Duration.ofMinutes(1));

        ApiClient.Response withoutReason = api.post("lead", recovery.path("/business-date-corrections"),
                ApiClient.json().put("step", "SITE_VISIT").put("correctedDate", "2022-09-28").put("reason", " "));
        assertThat(withoutReason.status()).isEqualTo(400);
        ApiClient.Response beforeTheIntake = api.post("lead", recovery.path("/business-date-corrections"),
                ApiClient.json().put("step", "SITE_VISIT").put("correctedDate", "2022-08-29").put("reason", "x"));
        assertThat(beforeTheIntake.status()).isEqualTo(409);
        assertThat(beforeTheIntake.body().path("code").asText()).isEqualTo("business-date-out-of-order");
        recovery.step("lead", "/business-date-corrections", ApiClient.json().put("step", "SITE_VISIT")
                .put("correctedDate", "2022-09-28").put("reason", "Het bezoek was op 28 september, zie het rapport"));

        JsonNode visit = step(awaitVersion(api, recovery).path("businessTime"), "SITE_VISIT");
        assertThat(visit.path("occurredOn").asText()).isEqualTo("2022-09-28");
        assertThat(visit.path("corrections").get(0).path("previousDate").asText()).isEqualTo("2022-09-29");
        assertThat(visit.path("corrections").get(0).path("reason").asText()).contains("28 september");
        assertThat(api.get("lead", recovery.path("?effectiveOn=2022-09-28")).body().path("status").asText())
                .as("effective by the corrected date").isEqualTo("SITE_VISIT");
        assertThat(api.get("lead", recovery.path("?effectiveOn=2022-09-28&asOf=" + beforeTheCorrection)).body()
                .path("status").asText()).as("as the ledger had it before the correction").isEqualTo("INTAKE_HELD");
    }

    private AuditJourney investigation(ApiClient api, String kind, String plannedDate, String framework,
                                       String version, String scheduledOn) {
        ObjectNode body = ApiClient.json().put("institutionCode", "29WT").put("boardNumber", 21274)
                .put("institutionName", "Business Marketing Services B.V.").put("kind", kind)
                .put("plannedDate", plannedDate).put("frameworkId", framework).put("frameworkVersion", version)
                .put("occurredOn", scheduledOn);
        return AuditJourney.schedule(api, clock, body);
    }

    /** Inspectors of the inspectorate, who work for no institution. */
    private static ObjectNode team(String assignedOn) {
        ObjectNode body = ApiClient.json().put("occurredOn", assignedOn);
        body.putObject("leadAuditor").put("userId", "lead").put("name", "Lea Lead")
                .put("affiliation", "Inspectie van het Onderwijs");
        body.putArray("auditors").addObject().put("userId", "auditor").put("name", "Aad Auditor")
                .put("affiliation", "Inspectie van het Onderwijs");
        return body;
    }

    private static ObjectNode on(String day) {
        return ApiClient.json().put("occurredOn", day);
    }

    private static void judgeAnew(AuditJourney audit, String standard, String value, String day) {
        ObjectNode finding = ApiClient.json().put("standardCode", standard)
                .put("kind", value.equals("VOLDOENDE") ? "STRENGTH" : "IMPROVEMENT_POINT")
                .put("text", "Bevinding over " + standard).put("occurredOn", day);
        finding.putArray("evidence").addObject().put("kind", "DOCUMENT").put("reference", "Kwaliteitszorgsysteem");
        audit.step("auditor", "/findings", finding);
        audit.step("lead", "/judgements", ApiClient.json().put("standardCode", standard).put("value", value)
                .put("rationale", "Oordeel over " + standard).put("occurredOn", day));
    }

    private static void carryOver(AuditJourney audit, String standard, AuditJourney source, String judgementId) {
        audit.step("lead", "/carried-over-judgements", ApiClient.json().put("standardCode", standard)
                .put("sourceAuditId", source.auditId).put("sourceJudgementId", judgementId)
                .put("occurredOn", "2022-09-28"));
    }

    private static void closeAndFinalise(AuditJourney audit, String overall, String closedOn, String conceptOn,
                                         String deadline, String finalisedOn) {
        audit.step("lead", "/overall-judgement", ApiClient.json().put("value", overall).put("rationale", "Eindoordeel")
                .put("occurredOn", closedOn));
        audit.step("lead", "/oral-feedback", ApiClient.json().put("summary", "Terugkoppeling")
                .put("occurredOn", closedOn));
        audit.step("lead", "/concept-report", ApiClient.json().put("reportText", "Conceptrapport")
                .put("commentDeadline", deadline).put("occurredOn", conceptOn));
        audit.step("lead", "/final-report", ApiClient.json().put("reportText", "Rapport")
                .put("approvedDigest", audit.reportDigest()).put("occurredOn", finalisedOn));
    }

    private static JsonNode step(JsonNode businessTime, String phase) {
        for (JsonNode step : businessTime.path("steps")) {
            if (step.path("step").asText().equals(phase)) {
                return step;
            }
        }
        throw new AssertionError("no step " + phase + " in " + businessTime);
    }

    private static LocalDate recordedOn(JsonNode step) {
        return LocalDate.ofInstant(Instant.parse(step.path("recordedAt").asText()), ZoneId.of("Europe/Amsterdam"));
    }

    private static JsonNode awaitVersion(ApiClient api, AuditJourney audit) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get("lead", audit.path("")).body(),
                body -> body.path("version").asLong(-1) >= audit.version);
    }
}
