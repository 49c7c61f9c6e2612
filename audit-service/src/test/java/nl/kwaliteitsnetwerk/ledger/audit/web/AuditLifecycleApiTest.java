package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.Refusals;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A whole audit through the HTTP API, and how the API answers what it must refuse. */
class AuditLifecycleApiTest extends ServiceTestBase {

    @Test
    void fullAuditFromSchedulingToAcceptedFollowUp() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued()
                .commentedOn().commentDisposed().finalised().published();
        audit.step("roc", "/follow-ups/" + audit.followUpId() + "/done", ApiClient.json().put("evidence", "Nieuw BPV-protocol"));
        audit.step("lead", "/follow-ups/" + audit.followUpId() + "/acceptance", ApiClient.json().put("note", "Overtuigend"));

        JsonNode view = awaitVersion("lead", audit);
        assertThat(view.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(view.path("findings")).hasSize(6);
        assertThat(view.path("judgements").path("KS2").path("value").asText()).isEqualTo("3");
        assertThat(view.path("judgements").path("KS2").path("framework").path("version").asText()).isEqualTo("2013");
        assertThat(view.path("comments").get(0).path("disposition").asText()).isEqualTo("ACCEPTED_WITH_CHANGE");
        assertThat(view.path("finalReport").path("improvementPointIds").get(0).asText()).isEqualTo(audit.findingIds.get("KS2"));
        assertThat(view.path("followUps").get(0).path("status").asText()).isEqualTo("ACCEPTED");

        ApiClient.Response trail = api.get("lead", audit.path("/trail"));
        assertThat(trail.status()).isEqualTo(200);
        JsonNode entries = trail.body().path("items");
        assertThat(entries).hasSize((int) audit.version + 1);
        assertThat(trail.body().path("next").textValue()).as("one page holds it all").isNull();
        assertThat(entries.get(0).path("eventType").asText()).isEqualTo("AuditScheduled");
        assertThat(entries.get(0).path("role").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(entries.get((int) audit.version).path("actor").asText()).isEqualTo("lead");
    }

    @Test
    void inspectorateReadsOnlyThePublicPartOnceItIsPublished() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().commentedOn()
                .commentDisposed().finalised();
        awaitVersion("lead", audit);
        assertThat(api.get("inspector", audit.path("")).status()).isEqualTo(404);

        audit.published();
        awaitVersion("lead", audit);
        ApiClient.Response publicView = api.get("inspector", audit.path(""));
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.body().path("publicSummary").asText()).contains("integraal");
        assertThat(publicView.body().path("standardJudgements").path("KS1").asText()).isEqualTo("3");
        assertThat(publicView.body().path("overallJudgement").asText()).isEqualTo("3");
        assertThat(publicView.raw()).doesNotContain("Conceptrapport", "Graag nuanceren", "Bevinding over", "Eindrapport");
        assertThat(api.get("inspector", audit.path("/trail")).status()).isEqualTo(403);
    }

    @Test
    void anOpenFollowUpPastItsDueDateShowsAsOverdueUntilItIsAccepted() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().finalised().published();
        awaitVersion("lead", audit);
        assertThat(overdue(api, "roc")).doesNotContain(audit.followUpId());

        clock.advance(Duration.ofDays(200));
        assertThat(overdue(api, "roc")).contains(audit.followUpId());
        assertThat(overdue(api, "inspector")).as("follow-up status is public").contains(audit.followUpId());

        audit.step("roc", "/follow-ups/" + audit.followUpId() + "/done", ApiClient.json().put("evidence", "Protocol"));
        audit.step("lead", "/follow-ups/" + audit.followUpId() + "/acceptance", ApiClient.json().put("note", "Akkoord"));
        awaitVersion("lead", audit);
        assertThat(overdue(api, "roc")).doesNotContain(audit.followUpId());
    }

    private static List<String> overdue(ApiClient api, String user) {
        return Pages.values(api, user, "/follow-ups?institution=29WT&overdueOnly=true&limit=200", "followUpId");
    }

    /** An instant an hour behind the clock, with an hour before it since what came before. */
    private Instant anInstantThatHasPassed() {
        clock.advance(Duration.ofHours(1));
        Instant passed = clock.instant();
        clock.advance(Duration.ofHours(1));
        return passed;
    }

    @Test
    void auditAsItStoodAtAPastInstant() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit();
        Instant beforeFindings = anInstantThatHasPassed();
        audit.findingsOnEveryStandard();
        awaitVersion("lead", audit);

        ApiClient.Response then = api.get("lead", audit.path("?asOf=" + beforeFindings));
        assertThat(then.status()).isEqualTo(200);
        assertThat(then.body().path("status").asText()).isEqualTo("SITE_VISIT");
        assertThat(then.body().path("findings")).isEmpty();
        assertThat(then.etag()).isEqualTo("\"3\"");
        assertThat(api.get("lead", audit.path("")).body().path("findings")).hasSize(6);
        assertThat(api.get("lead", audit.path("?asOf=2000-01-01T00:00:00Z")).status()).isEqualTo(404);
    }

    @Test
    void aPastIsShownNoMoreThanThePresentIs() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit();
        Instant beforeFindings = anInstantThatHasPassed();
        audit.findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued();
        awaitVersion("lead", audit);
        ApiClient.Response planning = api.get("admin", audit.path("?asOf=" + beforeFindings));
        assertThat(planning.status()).as(planning.raw()).isEqualTo(200);
        assertThat(planning.body().path("status").asText()).isEqualTo("SITE_VISIT");
        assertThat(planning.body().has("findings")).as("an administrator sees the planning, then as now").isFalse();

        audit.finalised();
        Instant beforePublication = clock.instant();
        clock.advance(Duration.ofHours(1));
        audit.published();
        awaitVersion("lead", audit);

        for (String outsider : List.of("inspector", "other-roc")) {
            ApiClient.Response unpublished = api.get(outsider, audit.path("?asOf=" + beforePublication));
            String unknownId = UUID.randomUUID().toString();
            Refusals.assertAnsweredAsUnknown(unpublished, audit.auditId,
                    api.get(outsider, "/audits/" + unknownId + "?asOf=" + beforePublication), unknownId);
            assertThat(unpublished.raw()).doesNotContain("Eindrapport", "Bevinding over");
            ApiClient.Response published = api.get(outsider, audit.path("?asOf=" + clock.instant()));
            assertThat(published.status()).as(published.raw()).isEqualTo(200);
            assertThat(published.body().has("publicSummary")).isTrue();
            assertThat(published.raw()).doesNotContain("Eindrapport", "Bevinding over");
        }
        assertThat(api.get("committee", audit.path("?asOf=" + beforeFindings)).body().has("findings"))
                .as("the validation committee sees a final report in full, and so its past").isTrue();
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld();
        ApiClient.Response stale = api.post("lead", audit.path("/site-visit"), ApiClient.json(), "\"1\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.text("code")).isEqualTo("stale-version");

        ApiClient.Response current = api.post("lead", audit.path("/site-visit"), ApiClient.json(), "\"2\"");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.etag()).isEqualTo("\"3\"");
    }

    @Test
    void brokenRuleIsAConflictThatNamesTheRule() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit();
        ApiClient.Response refused = api.post("lead", audit.path("/judgements"),
                ApiClient.json().put("standardCode", "KS1").put("value", "3").put("rationale", "x"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.text("code")).isEqualTo("judgement-needs-finding");
        assertThat(refused.text("detail")).contains("KS1");
        assertThat(refused.raw()).doesNotContain("Exception", "at nl.");
    }

    @Test
    void independenceIsARefusedConflict() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock);
        ApiClient.Response refused = api.post("admin", audit.path("/team"), "{\"leadAuditor\":{\"userId\":\"lead\","
                + "\"name\":\"Lea\",\"affiliation\":\"Business Marketing Services B.V.\",\"affiliationInstitutionCode\":\"29WT\"},\"auditors\":[]}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("auditor-not-independent");
    }

    @Test
    void invalidInputIsABadRequestNamingTheFields() {
        ApiClient api = api();
        ApiClient.Response invalid = api.post("admin", "/audits", ApiClient.json().put("institutionCode", ""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.isProblem()).isTrue();
        assertThat(invalid.body().path("errors").toString()).contains("institutionCode", "plannedDate");

        ApiClient.Response malformed = api.postRaw("admin", "/audits", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();

        ApiClient.Response badStandard = api.post("auditor", AuditJourney.schedule(api, clock).teamAssigned().intakeHeld()
                .onSiteVisit().path("/findings"), AuditJourney.finding("KS9"));
        assertThat(badStandard.status()).isEqualTo(400);
        assertThat(badStandard.text("code")).isEqualTo("standard-not-in-framework");
    }

    @Test
    void unknownAuditIsNotFound() {
        ApiClient api = api();
        ApiClient.Response command = api.post("lead", "/audits/no-such-audit/site-visit", ApiClient.json());
        assertThat(command.status()).isEqualTo(404);
        assertThat(command.isProblem()).isTrue();
        assertThat(api.get("lead", "/audits/no-such-audit").status()).isEqualTo(404);
    }

    @Test
    void everyCallIsAuthenticated() {
        ApiClient api = api();
        ApiClient.Response anonymous = api.get(null, "/audits");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(api.get("nobody", "/audits").status()).isEqualTo(401);
        assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
        assertThat(api.get("inspector", "/actuator/prometheus").status()).isEqualTo(403);
        ApiClient.Response metrics = api.get("admin", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("http_server_requests_seconds");
        assertThat(api.get(null, "/v3/api-docs").raw()).contains("/audits/{auditId}/findings");
    }

    @Test
    void everyMetricTheDashboardShowsIsExposed() throws Exception {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit();
        awaitVersion("lead", audit);
        String dashboard = Files.readString(Path.of("../infra/dashboards/services.json"));
        Set<String> metrics = new TreeSet<>();
        Matcher names = Pattern.compile("([a-zA-Z_]+)\\{").matcher(dashboard);
        while (names.find()) {
            metrics.add(names.group(1).replaceAll("_(bucket|count|sum|max|total)$", ""));
        }
        assertThat(metrics).contains("eventProcessor_latency", "commandBus_successCounter");
        String exposed = api().get("admin", "/actuator/prometheus").raw();
        assertThat(metrics).allSatisfy(metric -> assertThat(exposed).contains("\n" + metric));
    }

    private JsonNode awaitVersion(String user, AuditJourney audit) {
        ApiClient api = api();
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get(user, audit.path("")).body(),
                body -> body.path("version").asLong(-1) >= audit.version);
    }
}
