package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents.finalDialogue;
import static nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents.publishedAudit;
import static nl.kwaliteitsnetwerk.ledger.testsupport.Pages.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The trail across services, fed from the topics, read as the committee, the institution and the public may. */
class TrailApiTest extends ServiceTestBase {

    @Test
    void everyEventOfBothServicesIsInTheTrailOnceAndInOrder() {
        String institution = institution();
        PublishedEvents audit = publishedAudit(id("audit"), institution, start(), inDays(60)).send(2);
        PublishedEvents dialogue = finalDialogue(id("dialogue"), institution, start()).send(1);
        JsonNode auditHistory = awaitHistory("committee", audit);
        awaitHistory("committee", dialogue);

        List<Long> sequences = new ArrayList<>();
        auditHistory.path("entries").forEach(e -> sequences.add(e.path("sequenceNumber").asLong()));
        assertThat(sequences).as("each event once, in order").hasSize(audit.events().size())
                .isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
        assertThat(auditHistory.path("entries").findValuesAsText("eventId"))
                .containsExactlyElementsOf(audit.events().stream().map(e -> e.eventId()).toList());
        JsonNode judgement = first(auditHistory, "audit.standard-judged");
        assertThat(judgement.path("framework").path("version").asText()).isEqualTo("2013");
        assertThat(judgement.path("actor").asText()).isEqualTo("lead");
        assertThat(judgement.path("role").asText()).isEqualTo("LEAD_AUDITOR");
        assertThat(judgement.path("kind").asText()).isEqualTo("JUDGEMENT");
        JsonNode correction = first(auditHistory, "audit.finding-corrected");
        assertThat(correction.path("corrects").asText()).isEqualTo("f-KS1");
        assertThat(correction.path("correctionReason").asText()).isEqualTo("Na opmerking van de instelling");
        assertThat(first(auditHistory, "audit.finding-recorded").path("framework").path("version").asText())
                .as("the report's framework, where the event does not name it").isEqualTo("2013");
        assertThat(auditHistory.path("entries").findValuesAsText("eventType"))
                .contains("audit.concept-commented", "audit.comment-disposed").startsWith("audit.scheduled");
        assertThat(auditHistory.path("report").path("finalisedAt").isTextual()).isTrue();
    }

    @Test
    void anInstitutionsTrailAsItStoodAtAPastInstant() {
        String institution = institution();
        PublishedEvents audit = publishedAudit(id("audit"), institution, start(), inDays(60)).send(1);
        PublishedEvents dialogue = finalDialogue(id("dialogue"), institution, start()).send(1);
        awaitHistory("committee", audit);
        awaitHistory("committee", dialogue);

        JsonNode now = api().get("committee", "/trail/institutions/" + institution).body();
        assertThat(now.path("reports")).hasSize(2);
        assertThat(now.path("followUps").findValuesAsText("followUpId")).containsExactly("fu-f-KS2");
        assertThat(now.path("judgementsAndFollowUp").findValuesAsText("kind")).contains("JUDGEMENT", "FOLLOW_UP");

        Instant beforeFinal = audit.at(audit.events().size() - 4);
        JsonNode then = api().get("committee", "/trail/institutions/" + institution + "?asOf=" + beforeFinal).body();
        assertThat(then.path("followUps")).isEmpty();
        JsonNode auditThen = report(then, audit.aggregateId());
        assertThat(auditThen.path("finalisedAt").isTextual()).as("not final yet").isFalse();
        assertThat(auditThen.path("conceptIssuedAt").isTextual()).isTrue();
        assertThat(then.path("judgementsAndFollowUp").findValuesAsText("eventType")).doesNotContain("audit.report-finalised");
    }

    @Test
    void aStandardAcrossInstitutionsAndAPeriod() {
        PublishedEvents first = publishedAudit(id("audit"), institution(), start(), inDays(60)).send(1);
        PublishedEvents second = publishedAudit(id("audit"), institution(), start().plus(Duration.ofDays(5)), inDays(60)).send(1);
        awaitHistory("committee", first);
        awaitHistory("committee", second);

        List<JsonNode> ks2 = all(api(), "committee", "/trail?standard=KS2&kind=JUDGEMENT&limit=200");
        assertThat(values(ks2, "reportId")).contains(first.aggregateId(), second.aggregateId());
        assertThat(values(ks2, "standardCode")).containsOnly("KS2");

        Instant from = second.at(0);
        List<JsonNode> period = all(api(), "committee", "/trail?kind=SCHEDULING&from=" + from + "&to=" + from);
        assertThat(values(period, "reportId")).contains(second.aggregateId()).doesNotContain(first.aggregateId());
        List<JsonNode> byActor = all(api(), "committee", "/trail?report=" + first.aggregateId() + "&actor=auditor");
        assertThat(values(byActor, "eventType")).containsOnly("audit.finding-recorded", "audit.finding-corrected");
    }

    @Test
    void openAndOverdueFollowUpPerInstitution() {
        String institution = institution();
        PublishedEvents audit = publishedAudit(id("audit"), institution, start(), inDays(10)).send(1);
        awaitHistory("committee", audit);
        String path = "/trail/follow-ups?institution=" + institution + "&overdueOnly=true";
        assertThat(all(api(), "roc", path)).isEmpty();
        clock.advance(Duration.ofDays(11));
        List<JsonNode> overdue = all(api(), "inspector", path);
        assertThat(values(overdue, "followUpId")).containsExactly("fu-f-KS2");
        assertThat(overdue.get(0).path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void thePublicReadsPublicFactsOfPublishedReportsOnly() {
        String institution = "29WT";
        PublishedEvents audit = publishedAudit(id("audit"), institution, start(), inDays(60)).send(1);
        PublishedEvents dialogue = finalDialogue(id("dialogue"), institution, start()).send(1);
        awaitHistory("committee", audit);
        awaitHistory("committee", dialogue);

        Response publicAudit = api().get("inspector", "/trail/reports/" + audit.aggregateId());
        assertThat(publicAudit.status()).isEqualTo(200);
        assertThat(publicAudit.body().path("entries").findValuesAsText("eventType")).containsExactly("audit.scheduled",
                "audit.report-finalised", "audit.summary-published", "audit.follow-up-opened");
        assertThat(publicAudit.raw()).doesNotContain("Eindrapport, vertrouwelijk", "Graag nuanceren", "Bevinding KS",
                "\"lead\"", "\"roc\"");
        assertThat(publicAudit.body().path("report").path("title").asText())
                .as("the trail names the institution, by the register's name, not the audit's kind")
                .isEqualTo("Business Marketing Services B.V.");
        assertThat(publicAudit.body().path("report").path("institutionNames").get(0).asText())
                .isEqualTo("Business Marketing Services B.V.");
        assertThat(publicAudit.body().path("report").has("visitStartedAt")).as("no instant of the process").isFalse();
        assertThat(api().get("inspector", "/trail/reports/" + dialogue.aggregateId()).status())
                .as("a final dialogue report that is not published").isEqualTo(404);
        assertThat(api().get("inspector", "/trail/reports/" + audit.aggregateId() + "/indicators").status()).isEqualTo(403);

        assertThat(api().get("committee", "/trail/reports/" + dialogue.aggregateId()).raw()).contains("Herkenbaar");
        assertThat(api().get("roc", "/trail/reports/" + audit.aggregateId()).raw()).contains("Graag nuanceren");
        assertThat(api().get("other-roc", "/trail/reports/" + audit.aggregateId()).raw()).doesNotContain("Graag nuanceren");
        assertThat(values(all(api(), "inspector", "/trail?institution=" + institution + "&limit=200"), "reportId"))
                .contains(audit.aggregateId()).doesNotContain(dialogue.aggregateId());
    }

    @Test
    void aFilterOnWhatTheCallerIsNotShownSelectsNothing() {
        PublishedEvents audit = publishedAudit(id("audit"), "29WT", start(), inDays(60)).send(1);
        awaitHistory("committee", audit);
        String report = "/trail?report=" + audit.aggregateId();

        List<JsonNode> publicSteps = all(api(), "inspector", report);
        assertThat(values(publicSteps, "eventType")).containsExactly("audit.scheduled", "audit.report-finalised",
                "audit.summary-published", "audit.follow-up-opened");
        assertThat(publicSteps).allSatisfy(step -> assertThat(step.has("actor")).as(step.toString()).isFalse());
        for (String actor : List.of("lead", "admin", "auditor", "roc")) {
            assertThat(all(api(), "inspector", report + "&actor=" + actor)).as("who did the public steps: " + actor).isEmpty();
            assertThat(all(api(), "other-roc", report + "&actor=" + actor)).as("another institution: " + actor).isEmpty();
        }
        assertThat(values(all(api(), "committee", report + "&actor=lead"), "eventType"))
                .as("the committee reads the actor, so may filter on it").contains("audit.report-finalised");
        assertThat(values(all(api(), "roc", report + "&actor=lead"), "eventType"))
                .as("and the institution, of its own report").contains("audit.summary-published");
    }

    @Test
    void theTrailComesInPagesInTimeOrderWithANextLinkUntilTheLast() {
        String institution = institution();
        PublishedEvents audit = publishedAudit(id("audit"), institution, start(), inDays(60)).send(1);
        PublishedEvents dialogue = finalDialogue(id("dialogue"), institution, start()).send(1);
        awaitHistory("committee", audit);
        awaitHistory("committee", dialogue);

        Response first = api().get("committee", "/trail?report=" + audit.aggregateId() + "&limit=4");
        assertThat(first.body().path("items")).hasSize(4);
        assertThat(first.body().path("next").asText()).contains("limit=4", "after=", "report=" + audit.aggregateId());
        List<JsonNode> walked = all(api(), "committee", "/trail?report=" + audit.aggregateId() + "&limit=4");
        assertThat(values(walked, "eventId")).as("every entry once, in order, over the pages")
                .containsExactlyElementsOf(audit.events().stream().map(e -> e.eventId()).toList());
        Response last = api().get("committee", "/trail?report=" + audit.aggregateId() + "&limit=200");
        assertThat(last.body().path("next").isTextual()).as("no next link on the last page").isFalse();

        List<JsonNode> reports = all(api(), "committee", "/trail/reports?institution=" + institution + "&limit=1");
        assertThat(values(reports, "reportId")).containsExactlyInAnyOrder(audit.aggregateId(), dialogue.aggregateId());
        assertThat(values(all(api(), "inspector", "/trail/reports?institution=" + institution + "&limit=1"), "reportId"))
                .as("paged after the access rule").containsExactly(audit.aggregateId());
    }

    @Test
    void aCursorThatNoPageGaveOrALimitOutOfRangeIsRefused() {
        for (String query : List.of("after=%21%21not-a-cursor", "limit=0", "limit=201", "limit=x")) {
            for (String list : List.of("/trail", "/trail/reports", "/trail/follow-ups", "/trail/parked")) {
                Response refused = api().get("committee", list + "?" + query);
                assertThat(refused.status()).as(list + "?" + query + ": " + refused.raw()).isEqualTo(400);
                assertThat(refused.isProblem()).isTrue();
                assertThat(refused.text("code")).isIn("invalid-cursor", "invalid-request");
            }
        }
        assertThat(api().get("committee", "/trail?after=%21%21not-a-cursor").text("code")).isEqualTo("invalid-cursor");
    }

    @Test
    void aFilterValueOfMoreThanOneLineOrTooLongIsRefused() {
        for (String query : List.of("actor=" + "x".repeat(101), "standard=KS%0D%0A1", "report=a%E2%80%AEb",
                "institution=" + "X".repeat(101))) {
            Response refused = api().get("committee", "/trail?" + query);
            assertThat(refused.status()).as(query + ": " + refused.raw()).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.text("code")).as(query).isIn("invalid-request", "invalid-text");
        }
    }

    @Test
    void theTrailRebuiltFromTheTopicsIsIdentical() {
        PublishedEvents audit = publishedAudit(id("audit"), institution(), start(), inDays(60)).send(2);
        PublishedEvents dialogue = finalDialogue(id("dialogue"), institution(), start()).send(1);
        awaitHistory("committee", audit);
        awaitHistory("committee", dialogue);

        assertThat(api().post("committee", "/trail/replay-check", ApiClient.json()).status()).isEqualTo(403);
        Response check = api().post("admin", "/trail/replay-check", ApiClient.json());
        assertThat(check.status()).as(check.raw()).isEqualTo(200);
        assertThat(check.body().path("liveCaughtUp").asBoolean()).isTrue();
        assertThat(check.body().path("recordsReplayed").asLong())
                .isGreaterThanOrEqualTo(2L * audit.events().size() + dialogue.events().size());
        assertThat(check.body().path("rebuiltEntries").asLong()).isEqualTo(check.body().path("liveEntries").asLong());
        assertThat(check.body().path("rebuiltFingerprint").asText()).isEqualTo(check.body().path("liveFingerprint").asText());
        assertThat(check.body().path("identical").asBoolean()).isTrue();
    }

    private JsonNode awaitHistory(String user, PublishedEvents events) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> api().get(user, "/trail/reports/" + events.aggregateId()),
                r -> r.status() == 200 && r.body().path("entries").size() == events.events().size()).body();
    }

    private static JsonNode first(JsonNode history, String eventType) {
        for (JsonNode entry : history.path("entries")) {
            if (entry.path("eventType").asText().equals(eventType)) {
                return entry;
            }
        }
        throw new AssertionError("no " + eventType + " in " + history);
    }

    private static JsonNode report(JsonNode institutionTrail, String reportId) {
        for (JsonNode report : institutionTrail.path("reports")) {
            if (report.path("reportId").asText().equals(reportId)) {
                return report;
            }
        }
        throw new AssertionError("no report " + reportId);
    }

    private Instant start() {
        return clock.instant().minus(Duration.ofDays(120));
    }

    private String inDays(int days) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(days).toString();
    }

    private static String institution() {
        return "T" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    }

    private static List<String> values(List<JsonNode> items, String field) {
        return items.stream().map(item -> item.path(field).asText()).toList();
    }

    private static String id(String kind) {
        return kind + "-" + UUID.randomUUID();
    }
}
