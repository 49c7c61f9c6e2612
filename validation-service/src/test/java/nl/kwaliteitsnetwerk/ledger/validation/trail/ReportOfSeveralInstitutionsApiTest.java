package nl.kwaliteitsnetwerk.ledger.validation.trail;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static nl.kwaliteitsnetwerk.ledger.testsupport.Pages.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A report can belong to several institutions: a peer review of a team of one institution and a team of another
 * (25LH, the institution of user other-roc) is published by the dialogue service under its first team's institution
 * only; in the trail it belongs to both, so each reads it in full, and no other institution (29WT, user roc) does.
 */
class ReportOfSeveralInstitutionsApiTest extends ServiceTestBase {

    @Test
    void aPeerReviewIsReadByTheInstitutionOfEveryTeamAndByNoOther() {
        String first = "T" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        PublishedEvents review = PublishedEvents.completedPeerReview("peer-review-" + UUID.randomUUID(), first, "25LH",
                clock.instant().minus(Duration.ofDays(30))).send(1);
        String path = "/trail/reports/" + review.aggregateId();

        JsonNode asTheSecondTeam = await().atMost(Duration.ofSeconds(30)).until(() -> api().get("other-roc", path),
                r -> r.status() == 200 && r.body().path("entries").size() == review.events().size()).body();
        assertThat(texts(asTheSecondTeam.path("report").path("institutionCodes"))).containsExactlyInAnyOrder(first, "25LH");
        assertThat(asTheSecondTeam.path("report").path("institutionCode").asText()).as("published under").isEqualTo(first);
        assertThat(asTheSecondTeam.path("entries").findValuesAsText("eventType")).contains("peer-review.team-report-recorded");
        assertThat(asTheSecondTeam.toString()).contains("Rapport van het tweede team");

        assertThat(values(all(api(), "other-roc", "/trail/reports?institution=25LH&limit=200"), "reportId"))
                .contains(review.aggregateId());
        assertThat(values(all(api(), "other-roc", "/trail?institution=25LH&report=" + review.aggregateId()), "eventId"))
                .as("every step, filtered by the second institution")
                .containsExactlyElementsOf(review.events().stream().map(e -> e.eventId()).toList());
        assertThat(api().get("other-roc", "/trail/institutions/25LH").body().path("reports").findValuesAsText("reportId"))
                .contains(review.aggregateId());
        assertThat(api().get("other-roc", path + "/indicators").status()).isEqualTo(200);

        assertThat(api().get("roc", path).status()).as("an institution that took no part").isEqualTo(404);
        assertThat(values(all(api(), "roc", "/trail/reports?limit=200"), "reportId")).doesNotContain(review.aggregateId());
        assertThat(values(all(api(), "roc", "/trail?report=" + review.aggregateId()), "eventId")).isEmpty();
        assertThat(api().get("inspector", path).status()).as("a peer review is never published").isEqualTo(404);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> values(List<JsonNode> items, String field) {
        return items.stream().map(item -> item.path(field).asText()).toList();
    }
}
