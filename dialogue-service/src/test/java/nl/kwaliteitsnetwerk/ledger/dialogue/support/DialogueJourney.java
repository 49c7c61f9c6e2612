package nl.kwaliteitsnetwerk.ledger.dialogue.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.RegisteredInstitution;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Takes one institutional dialogue through its lifecycle over the HTTP API, as the demo users would,
 * asserting each step is accepted. Tests stop it at the stage they need.
 */
public final class DialogueJourney {

    public static final String QUESTION = "Hoe betrekken onze teams studenten structureel bij hun onderwijs,"
            + " zodat wij een gedragen visie op studentenparticipatie kunnen vaststellen?";

    /** How the final report answers the institution's reaction. */
    public static final String REACTION_ANSWER = "Opgenomen: de aanbeveling noemt nu het format per team.";

    private final ApiClient api;
    public final String dialogueId;
    public long version;
    public String sessionId;
    public String observationId;
    public String agendaItemId;
    private String createdId;

    private DialogueJourney(ApiClient api, String dialogueId) {
        this.api = api;
        this.dialogueId = dialogueId;
    }

    public static DialogueJourney open(ApiClient api) {
        ApiClient.Response response = api.post("roc", "/dialogues", ApiClient.json()
                .put("institutionCode", "29WT").put("boardNumber", 21274).put("institutionName", "Business Marketing Services B.V.")
                .put("question", QUESTION).put("theme", "Studentparticipatie").put("plannedDate", inDays(180)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return new DialogueJourney(api, response.text("id"));
    }

    public DialogueJourney committeeAppointed() {
        ObjectNode body = ApiClient.json();
        body.set("chair", member("chair", "Carla Voorzitter", null, "NETWORK", null));
        body.set("secretary", member("secretary", "Siem Secretaris", null, "NETWORK", null));
        body.putArray("members").add(member("peer", "Pien Peer", "25LH", "PEER", "PEERS"))
                .add(member("student", "Sam Student", null, "STAKEHOLDER", "STUDENTS"));
        return step("admin", "/committee", body);
    }

    public DialogueJourney prepared() {
        step("secretary", "/questionnaires", ApiClient.json().put("title", "Kwaliteitscultuur").put("respondents", 212)
                .put("responseSummary", "Men voelt zich gehoord."));
        return step("roc", "/documents", ApiClient.json().put("title", "Jaarplan").put("reference", "sharepoint://jaarplan"));
    }

    public DialogueJourney sessionHeld() {
        sessionId = step("secretary", "/sessions", ApiClient.json().put("date", inDays(180))
                .put("topic", "Studenten aan het woord")).createdId;
        ObjectNode body = ApiClient.json().put("discussed", "Hoe teams studenten horen");
        ArrayNode participants = body.putArray("participants");
        participants.addObject().put("category", "TEACHERS").put("count", 6).put("mode", "CONSULTED");
        participants.addObject().put("category", "STUDENTS").put("count", 4).put("mode", "ASSESSING"); // the student council
        participants.addObject().put("category", "STUDENTS").put("count", 8).put("mode", "CONSULTED"); // other students
        participants.addObject().put("category", "EMPLOYERS").put("count", 2).put("mode", "CONSULTED");
        return step("secretary", "/sessions/" + sessionId + "/record", body);
    }

    public DialogueJourney observed() {
        observationId = step("peer", "/observations", ApiClient.json().put("sessionId", sessionId).put("lens", "PROFESSIONAL")
                .put("text", "Docenten vragen studenten elke periode om feedback.")).createdId;
        return step("chair", "/observations", ApiClient.json().put("sessionId", sessionId).put("lens", "QUALITY_CULTURE")
                .put("text", "Men spreekt elkaar aan op afspraken."));
    }

    public DialogueJourney drafted() {
        ObjectNode body = ApiClient.json();
        body.putObject("conclusions").put("PROFESSIONAL", "Teams voeren het gesprek, maar leggen de uitkomst niet vast.");
        body.putArray("recommendations").addObject().put("lens", "PROFESSIONAL")
                .put("text", "Leg de uitkomst van studentgesprekken per team vast.");
        return step("secretary", "/report-drafts", body);
    }

    public DialogueJourney reacted() {
        return step("roc", "/reaction", ApiClient.json().put("reaction", "Herkenbaar; we gaan ermee aan de slag.")
                .put("approvedDigest", draftDigest()));
    }

    public DialogueJourney finalised() {
        return step("chair", "/final-report", ApiClient.json().put("reactionAnswer", REACTION_ANSWER)
                .put("approvedDigest", draftDigest()));
    }

    /**
     * The content digest of the latest draft, as the view shows it once it has caught up with this journey: what the
     * institution's reaction and the finalisation cite, so that they approve exactly the text they read.
     */
    public String draftDigest() {
        JsonNode view = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("roc", "/dialogues/" + dialogueId),
                r -> r.status() == 200 && r.body().path("version").asLong() >= version).body();
        JsonNode drafts = view.path("drafts");
        return drafts.get(drafts.size() - 1).path("reportDigest").asText();
    }

    public DialogueJourney published() {
        return step("chair", "/publication", ApiClient.json().put("summary", "Studenten denken mee; vastleggen kan beter."));
    }

    public DialogueJourney adopted(String dueDate) {
        agendaItemId = step("roc", "/recommendations/R1/adoption", ApiClient.json().put("description", "Vastleggen per team")
                .put("owner", "directeur onderwijs").put("dueDate", dueDate)).createdId;
        return this;
    }

    private DialogueJourney step(String user, String path, Object body) {
        ApiClient.Response response = api.post(user, "/dialogues/" + dialogueId + path, body);
        assertThat(response.status()).as("%s %s: %s", user, path, response.raw()).isEqualTo(200);
        version = response.body().path("version").asLong();
        createdId = response.text("createdId");
        return this;
    }

    /** A date this many days from today: within the windows the API takes dates in, however late the tests run. */
    public static String inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    /** The institution {@code code} as the register has it: a request names it by this board number and name. */
    public static RegisteredInstitution registered(String code) {
        return InstitutionRegister.shipped().byCode(code).orElseThrow();
    }

    /** A member from the network, or (with an institution code) from that institution under its registered name. */
    public static ObjectNode member(String userId, String name, String institution, String type, String represents) {
        ObjectNode member = ApiClient.json().put("userId", userId).put("name", name)
                .put("affiliation", institution == null ? "Kwaliteitsnetwerk mbo" : registered(institution).name())
                .put("type", type);
        if (institution != null) {
            member.put("affiliationInstitutionCode", institution);
        }
        if (represents != null) {
            member.put("represents", represents);
        }
        return member;
    }
}
