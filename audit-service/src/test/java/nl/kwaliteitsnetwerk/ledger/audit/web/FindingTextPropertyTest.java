package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.kernel.text.WellFormedText;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.HostileText;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.assertAggregateVerifies;
import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.assertRefusedAsInvalidText;
import static nl.kwaliteitsnetwerk.ledger.testsupport.CanonicalTextAssertions.postEscaped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The property of issue 11 for the audit service: arbitrary text in a finding's text, its evidence
 * and a correction's reason is either refused with 400 {@code invalid-text} naming the field, or, in
 * the evidence reference that takes one line, with 400 {@code invalid-request} naming it, or kept
 * exactly: read back the same from the audit, its trail and {@code ?asOf=}, and the audit's chain verifies.
 */
class FindingTextPropertyTest extends ServiceTestBase {

    private static final int TRIES = 80;
    private static final long SEED = 20270311L;

    @Test
    void findingTextIsRefusedOrKeptExactlyAndVerified() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit();
        int refused = 0;
        int notOneLine = 0;
        for (String sample : HostileText.samples(TRIES, SEED)) {
            String text = "Bevinding \u00ab" + sample + "\u00bb";
            String reference = "Bron \u00ab" + sample + "\u00bb";
            Response recorded = postEscaped(api, "auditor", audit.path("/findings"), finding(text, reference));
            if (!WellFormedText.isWellFormed(sample)) {
                assertRefusedAsInvalidText(recorded, "text", sample);
                refused++;
                continue;
            }
            if (!HostileText.isOneLine(reference)) {
                assertRefusedAsNotOneLine(recorded, "evidence[0].reference", sample);
                notOneLine++;
                continue;
            }
            assertThat(recorded.status()).as(HostileText.escaped(sample) + ": " + recorded.raw()).isEqualTo(200);
            String findingId = recorded.text("createdId");
            String reason = "Reden \u00ab" + sample + "\u00bb";
            ObjectNode correction = finding(text, reference).put("reason", reason);
            Response corrected = postEscaped(api, "auditor", audit.path("/findings/" + findingId + "/corrections"), correction);
            assertThat(corrected.status()).as(HostileText.escaped(sample) + ": " + corrected.raw()).isEqualTo(200);

            JsonNode view = awaitVersion(api, audit, corrected.body().path("version").asLong());
            assertKept(findingIn(view, findingId), text, reference, reason, sample);
            JsonNode asOf = api.get("lead", audit.path("?asOf=" + clock.instant())).body();
            assertKept(findingIn(asOf, findingId), text, reference, reason, sample);
            assertRecordedInTrail(api, audit, findingId, text, reason, sample);
            assertAggregateVerifies(api, audit.auditId, sample);
        }
        assertThat(refused).as("both outcomes tried").isBetween(5, TRIES - 20);
        assertThat(notOneLine).as("well-formed texts of more than one line tried").isPositive();
    }

    private static void assertRefusedAsNotOneLine(Response refused, String field, String sample) {
        String what = HostileText.escaped(sample) + ": " + refused.raw();
        assertThat(refused.status()).as(what).isEqualTo(400);
        assertThat(refused.isProblem()).as(what).isTrue();
        assertThat(refused.text("code")).as(what).isEqualTo("invalid-request");
        assertThat(refused.body().path("errors").findValuesAsText("field")).as(what).containsExactly(field);
    }

    private static ObjectNode finding(String text, String reference) {
        ObjectNode body = ApiClient.json().put("standardCode", "KS1").put("kind", "STRENGTH").put("text", text);
        body.putArray("evidence").addObject().put("kind", "DOCUMENT").put("reference", reference);
        return body;
    }

    private static void assertKept(JsonNode finding, String text, String reference, String reason, String sample) {
        String what = HostileText.escaped(sample) + ": " + finding;
        assertThat(finding.path("text").asText()).as(what).isEqualTo(text);
        assertThat(finding.path("evidence").get(0).path("reference").asText()).as(what).isEqualTo(reference);
        assertThat(finding.path("corrections").get(0).path("reason").asText()).as(what).isEqualTo(reason);
    }

    private static void assertRecordedInTrail(ApiClient api, AuditJourney audit, String findingId, String text,
                                              String reason, String sample) {
        List<JsonNode> trail = Pages.all(api, "lead", audit.path("/trail?limit=200"));
        JsonNode recorded = change(trail, "FindingRecorded", findingId);
        JsonNode corrected = change(trail, "FindingCorrected", findingId);
        assertThat(recorded.path("text").asText()).as(HostileText.escaped(sample)).isEqualTo(text);
        assertThat(corrected.path("reason").asText()).as(HostileText.escaped(sample)).isEqualTo(reason);
    }

    private static JsonNode change(List<JsonNode> trail, String eventType, String findingId) {
        return trail.stream()
                .filter(entry -> entry.path("eventType").asText().equals(eventType))
                .map(entry -> entry.path("change"))
                .filter(change -> change.path("findingId").asText().equals(findingId))
                .findFirst().orElseThrow(() -> new AssertionError(eventType + " of " + findingId + " not in the trail"));
    }

    private static JsonNode findingIn(JsonNode audit, String findingId) {
        return StreamSupport.stream(audit.path("findings").spliterator(), false)
                .filter(finding -> finding.path("findingId").asText().equals(findingId))
                .findFirst().orElseThrow(() -> new AssertionError("finding " + findingId + " not in " + audit));
    }

    private static JsonNode awaitVersion(ApiClient api, AuditJourney audit, long version) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get("lead", audit.path("")),
                response -> response.status() == 200 && response.body().path("version").asLong() >= version).body();
    }
}
