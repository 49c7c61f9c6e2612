package nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A whole peer review through the HTTP API: two teams of two institutions, a session, a report per team. */
class PeerReviewApiTest extends ServiceTestBase {

    @Test
    void aCarouselOfTwoTeamsFromStartToCompletion() {
        ApiClient api = api();
        String id = start(api);
        ObjectNode session = ApiClient.json().put("hostTeamId", "zorg").put("discussed", "Begeleiding in de eerste BPV-periode");
        session.putArray("visitingTeamIds").add("techniek");
        ArrayNode participants = session.putArray("participants");
        participants.addObject().put("category", "TEACHERS").put("count", 8).put("mode", "ASSESSING");
        participants.addObject().put("category", "STUDENTS").put("count", 3).put("mode", "CONSULTED");
        ok(api.post("guide", "/peer-reviews/" + id + "/sessions", session));

        Response early = api.post("guide", "/peer-reviews/" + id + "/completion", ApiClient.json());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("not-every-team-reported");

        for (String team : List.of("zorg", "techniek")) {
            ok(api.post("guide", "/peer-reviews/" + id + "/teams/" + team + "/report", ApiClient.json()
                    .put("outcomes", "Uitkomst van " + team).put("reportText", "Rapport van " + team)));
        }
        long version = ok(api.post("guide", "/peer-reviews/" + id + "/completion", ApiClient.json()));

        JsonNode view = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("roc", "/peer-reviews/" + id),
                r -> r.status() == 200 && r.body().path("version").asLong() == version).body();
        assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(view.path("teamReports").path("techniek").path("outcomes").asText()).isEqualTo("Uitkomst van techniek");
        assertThat(api.get("other-roc", "/peer-reviews/" + id).body().path("teamReports").size())
                .as("the other team's institution reads it too").isEqualTo(2);
        assertThat(api.get("committee", "/peer-reviews/" + id).body().path("sessions")).hasSize(1);
        assertThat(api.get("inspector", "/peer-reviews/" + id).status()).as("peer review is never public").isEqualTo(404);
        assertThat(api.get("admin", "/peer-reviews/" + id).raw()).doesNotContain("Uitkomst van");
        assertThat(api.get("guide", "/peer-reviews/" + id + "/trail").body().findValuesAsText("eventType"))
                .containsExactly("PeerReviewStarted", "PeerSessionHeld", "TeamReportRecorded", "TeamReportRecorded",
                        "PeerReviewCompleted");
    }

    @Test
    void onlyTheProcessGuideRecordsAndOnlyTheNetworkStarts() {
        ApiClient api = api();
        String id = start(api);
        for (String user : List.of("roc", "chair", "panelist", "admin")) {
            assertThat(api.post(user, "/peer-reviews/" + id + "/completion", ApiClient.json()).status()).as(user).isEqualTo(403);
        }
        assertThat(api.post("guide", "/peer-reviews", ApiClient.json()).status()).isEqualTo(403);
    }

    private static String start(ApiClient api) {
        ObjectNode body = ApiClient.json().put("title", "Carrousel BPV 2027");
        body.set("processGuide", DialogueJourney.member("guide", "Gerda Gids", null, "NETWORK", null));
        ArrayNode teams = body.putArray("teams");
        team(teams.addObject(), "zorg", "Team Zorg", "29WT", 21274, "Business Marketing Services B.V.",
                "Hoe houden wij de beroepspraktijkvorming van eerstejaars studenten in de zorg goed begeleid,"
                        + " zodat we ons begeleidingsplan kunnen bijstellen?");
        team(teams.addObject(), "techniek", "Team Techniek", "25LH", 30105, "ROC Elders",
                "Hoe betrekken wij leerbedrijven bij het beoordelen van de proeve van bekwaamheid,"
                        + " om daarmee onze examinering te verbeteren?");
        Response started = api.post("admin", "/peer-reviews", body);
        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        return started.text("id");
    }

    private static void team(ObjectNode team, String id, String name, String code, int board, String institution,
                             String question) {
        team.put("teamId", id).put("name", name).put("level", "PROGRAMME").put("researchQuestion", question)
                .putObject("institution").put("code", code).put("boardNumber", board).put("name", institution);
    }

    private static long ok(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("version").asLong();
    }
}
