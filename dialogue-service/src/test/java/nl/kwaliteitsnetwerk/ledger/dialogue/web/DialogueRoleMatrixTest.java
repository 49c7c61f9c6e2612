package nl.kwaliteitsnetwerk.ledger.dialogue.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiRoleMatrixTestBase;

import java.time.Duration;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney.member;
import static nl.kwaliteitsnetwerk.ledger.dialogue.support.DialogueJourney.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dialogue service's role matrix, generated from its OpenAPI document: a dialogue and a panel review of
 * 29WT and of 25LH, each with its committee or panel appointed, and a peer review of teams of both.
 */
class DialogueRoleMatrixTest extends OpenApiRoleMatrixTestBase {

    @Override
    protected List<Subject> subjects() {
        ApiClient api = api();
        List<String> dialogues = List.of(dialogue(api, "29WT"), dialogue(api, "25LH"));
        List<String> panelReviews = List.of(panelReview(api, "29WT"), panelReview(api, "25LH"));
        String peerReview = peerReview(api);
        return List.of(new Subject("dialogueId", "/dialogues/{id}", dialogues),
                new Subject("panelReviewId", "/panel-reviews/{id}", panelReviews),
                new Subject("peerReviewId", "/peer-reviews/{id}", List.of(peerReview)),
                Subject.anyAggregate("/dialogues/{id}", dialogues));
    }

    private static String dialogue(ApiClient api, String institution) {
        String id = created(api.post("admin", "/dialogues", ApiClient.json().put("institutionCode", institution)
                .put("boardNumber", registered(institution).boardNumber())
                .put("institutionName", registered(institution).name()).put("question", DialogueJourney.QUESTION)
                .put("theme", "Studentparticipatie").put("plannedDate", DialogueJourney.inDays(180))));
        ObjectNode committee = ApiClient.json();
        committee.set("chair", member("chair", "Carla Voorzitter", null, "NETWORK", null));
        committee.set("secretary", member("secretary", "Siem Secretaris", null, "NETWORK", null));
        committee.putArray("members").add(member("peer", "Pien Peer", "30XY", "PEER", "PEERS"));
        return readable(api, "chair", "/dialogues/" + id, api.post("admin", "/dialogues/" + id + "/committee", committee));
    }

    private static String panelReview(ApiClient api, String institution) {
        String id = created(api.post("admin", "/panel-reviews", ApiClient.json().put("institutionCode", institution)
                .put("boardNumber", registered(institution).boardNumber())
                .put("institutionName", registered(institution).name())
                .put("frameworkId", "referentiewaardenmodel-mbo").put("frameworkVersion", "2024-proeftuin")
                .put("plannedDate", DialogueJourney.inDays(300))));
        ObjectNode panel = ApiClient.json();
        panel.set("chair", member("panel-chair", "Paula Panel", null, "INDEPENDENT_EXPERT", null));
        panel.putArray("members").add(member("panelist", "Wim Werkveld", null, "STAKEHOLDER", "EMPLOYERS"));
        return readable(api, "panelist", "/panel-reviews/" + id, api.post("admin", "/panel-reviews/" + id + "/panel", panel));
    }

    private static String peerReview(ApiClient api) {
        ObjectNode body = ApiClient.json().put("title", "Carrousel BPV");
        body.set("processGuide", member("guide", "Gerda Gids", null, "NETWORK", null));
        ArrayNode teams = body.putArray("teams");
        team(teams.addObject(), "zorg", "29WT",
                "Hoe houden wij de beroepspraktijkvorming van eerstejaars goed begeleid, zodat we ons begeleidingsplan bijstellen?");
        team(teams.addObject(), "techniek", "25LH",
                "Hoe betrekken wij leerbedrijven bij de proeve, om onze examinering te verbeteren?");
        String id = created(api.post("admin", "/peer-reviews", body));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("guide", "/peer-reviews/" + id).status() == 200);
        return id;
    }

    private static void team(ObjectNode team, String id, String institution, String question) {
        team.put("teamId", id).put("name", "Team " + id).put("level", "PROGRAMME").put("researchQuestion", question)
                .putObject("institution").put("code", institution).put("boardNumber", registered(institution).boardNumber())
                .put("name", registered(institution).name());
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.text("id");
    }

    /** The record's id once its reads show {@code reader} the step just taken. */
    private static String readable(ApiClient api, String reader, String read, ApiClient.Response step) {
        assertThat(step.status()).as(step.raw()).isEqualTo(200);
        long version = step.body().path("version").asLong();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(reader, read),
                seen -> seen.status() == 200 && seen.body().path("version").asLong() == version);
        return read.substring(read.lastIndexOf('/') + 1);
    }
}
