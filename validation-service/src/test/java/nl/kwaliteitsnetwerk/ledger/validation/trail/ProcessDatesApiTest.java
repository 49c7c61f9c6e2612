package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.testsupport.Pages.all;
import static nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents.publishedAudit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Business dates in the trail: a case of 2022 entered now (its steps recorded today, each stating when it happened)
 * gives its 2022 figures; a correction of a business date moves the date it corrects. And the public's view of a
 * report: once published, its process dates as dates and nothing else of the process; before, nothing at all.
 */
class ProcessDatesApiTest extends ServiceTestBase {

    @Test
    void aCaseOf2022EnteredNowGivesIts2022FiguresAndThePublicReadsItsProcessDatesOnceItIsPublished() {
        String institution = "T" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        PublishedEvents audit = publishedAudit("audit-" + UUID.randomUUID(), institution, clock.instant().minus(Duration.ofDays(1)),
                "2023-06-01").enteredAfterTheFactIn2022();
        int publication = indexOf(audit, "audit.summary-published");
        PublishedEvents finalOnly = audit.upTo(publication).send(1);
        String path = "/trail/reports/" + audit.aggregateId();
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("committee", path),
                r -> r.status() == 200 && r.body().path("entries").size() == finalOnly.events().size());

        JsonNode indicators = api().get("committee", path + "/indicators").body();
        assertThat(indicators.path("daysFromVisitToFinal").asLong()).as("28 Sep to 15 Dec 2022").isEqualTo(78);
        assertThat(indicators.path("daysFromVisitToConcept").asLong()).isEqualTo(34);
        assertThat(indicators.path("daysFromConceptToFinal").asLong()).isEqualTo(44);
        JsonNode asTheCommittee = api().get("committee", path).body().path("report");
        assertThat(asTheCommittee.path("visitStartedOn").asText()).isEqualTo("2022-09-28");
        assertThat(Instant.parse(asTheCommittee.path("visitStartedAt").asText())).as("recorded today")
                .isAfter(clock.instant().minus(Duration.ofDays(2)));

        for (String outsider : List.of("inspector", "other-roc")) {
            assertThat(api().get(outsider, path).status()).as("final, not published: " + outsider).isEqualTo(404);
            assertThat(api().get(outsider, path + "/indicators").status()).isEqualTo(404);
            assertThat(all(api(), outsider, "/trail/reports?institution=" + institution)).isEmpty();
            assertThat(all(api(), outsider, "/trail?institution=" + institution)).isEmpty();
            assertThat(api().get(outsider, "/trail/institutions/" + institution).body().path("reports")).isEmpty();
        }

        audit.from(publication).send(1);
        JsonNode shown = await().atMost(Duration.ofSeconds(30)).until(() -> api().get("inspector", path),
                r -> r.status() == 200).body().path("report");
        assertThat(fieldNames(shown)).containsExactlyInAnyOrder("reportId", "reportType", "institutionCode",
                "institutionCodes", "institutionNames", "title", "framework", "visitStartedOn", "conceptIssuedOn",
                "finalisedOn", "publishedOn");
        assertThat(shown.path("visitStartedOn").asText()).isEqualTo("2022-09-28");
        assertThat(shown.path("conceptIssuedOn").asText()).isEqualTo("2022-11-01");
        assertThat(shown.path("finalisedOn").asText()).isEqualTo("2022-12-15");
        assertThat(shown.path("publishedOn").asText()).isEqualTo("2023-01-10");
        JsonNode listed = all(api(), "inspector", "/trail/reports?institution=" + institution).get(0);
        assertThat(listed).isEqualTo(shown);
        assertThat(api().get("inspector", "/trail/institutions/" + institution).body().path("reports").get(0)).isEqualTo(shown);

        IntegrationEvent visit = audit.events().get(indexOf(audit, "audit.site-visit-started"));
        ObjectNode correction = JsonNodeFactory.instance.objectNode().put("step", "SITE_VISIT")
                .put("correctedSequence", visit.sequenceNumber())
                .put("previousDate", "2022-09-28").put("correctedDate", "2022-09-27").put("reason", "Het bezoek begon een dag eerder");
        int sent = audit.events().size();
        audit.with("audit.business-date-corrected", Actor.of("lead", Role.LEAD_AUDITOR), correction).from(sent).send(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("committee", path + "/indicators").body(),
                read -> read.path("daysFromVisitToFinal").asLong() == 79);
        assertThat(api().get("inspector", path).body().path("report").path("visitStartedOn").asText()).isEqualTo("2022-09-27");
    }

    private static int indexOf(PublishedEvents events, String eventType) {
        List<IntegrationEvent> all = events.events();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).eventType().equals(eventType)) {
                return i;
            }
        }
        throw new AssertionError("no " + eventType);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
