package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import nl.kwaliteitsnetwerk.ledger.contracts.Contracts;
import nl.kwaliteitsnetwerk.ledger.testsupport.PinnedJson;
import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator.Translation;
import org.junit.jupiter.api.Test;

import nl.kwaliteitsnetwerk.ledger.dialogue.common.Participation;
import nl.kwaliteitsnetwerk.ledger.dialogue.common.ParticipationMode;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueCommitteeAppointed;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueReportDrafted;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueReportFinalised;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.ReactionAnswer;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.SessionHeld;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.StakeholderCategory;

import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.dialogue.institutional.command.DialogueFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogue service's contract on its topic, pinned: one integration event of every type, as other
 * services receive it, pinned in the contracts artifact they read too. A change here is a change of
 * contract: raise the schema version, tell the consumers, and renew the pinned files with
 * {@code -Dsnapshots.update=true}, which writes the contracts module's sources.
 */
class DialogueContractTest {

    private final DialogueIntegrationEvents translator = new DialogueIntegrationEvents();

    @Test
    void everyKindOfEventHasItsOwnTypeAndItsPinnedPayload() throws Exception {
        Map<String, JsonNode> payloads = new LinkedHashMap<>();
        for (Object event : EveryEvent.ofEachKind()) {
            Translation translation = translator.translate(event).orElseThrow();
            assertThat(translation.schemaVersion()).isEqualTo(1);
            assertThat(translation.payload().has("actor")).as("who acted travels in the envelope").isFalse();
            payloads.putIfAbsent(translation.eventType(), translation.payload());
        }
        assertThat(payloads).hasSize(EveryEvent.KINDS);
        assertThat(payloads.keySet()).contains("dialogue.session-held", "dialogue.dialogue-report-finalised",
                "peer-review.team-report-recorded", "panel-review.panel-standard-judged");
        Path pinned = Boolean.getBoolean("snapshots.update") ? Contracts.sources("dialogue") : Contracts.pinned("dialogue");
        PinnedJson.check(payloads, pinned);
    }

    @Test
    void correctionsAndRevisionsNameWhatTheyCorrectAndWhy() {
        JsonNode corrected = payloadOf("dialogue.observation-corrected");
        assertThat(corrected.path("observationId").asText()).isEqualTo("o-1");
        assertThat(corrected.path("reason").asText()).isEqualTo("Nauwkeuriger");
        assertThat(corrected.path("revision").asInt()).isEqualTo(1);
    }

    /**
     * What issue 16 added to the payloads, absent from events stored before it (the pinned ones above): the answer
     * to the institution's reaction on a redraft and on the final report (validation question V3), the institution
     * the register resolved a member's affiliation to, and a group counted once per mode in one session.
     */
    @Test
    void answersToReactionsResolvedMembersAndCountsPerModeTravelInThePayloads() {
        ReactionAnswer answer = new ReactionAnswer(1, ANSWER);
        JsonNode redrafted = translator.translate(new DialogueReportDrafted(DIALOGUE, 2, CONCLUSIONS, RECOMMENDATIONS,
                answer, CHAIR, NOW)).orElseThrow().payload();
        JsonNode finalised = translator.translate(new DialogueReportFinalised(DIALOGUE, 2, CONCLUSIONS, RECOMMENDATIONS,
                mix(), new ReactionAnswer(2, ANSWER), draftDigest(), CHAIR, NOW)).orElseThrow().payload();
        JsonNode appointed = translator.translate(new DialogueCommitteeAppointed(DIALOGUE, CHAIR_MEMBER, SECRETARY_MEMBER,
                List.of(PEER_MEMBER_RESOLVED), ADMIN, NOW)).orElseThrow().payload();
        JsonNode held = translator.translate(new SessionHeld(DIALOGUE, "s-1", List.of(
                new Participation(StakeholderCategory.STUDENTS, 4, ParticipationMode.ASSESSING),
                new Participation(StakeholderCategory.STUDENTS, 12, ParticipationMode.CONSULTED)), "Studentenraad en anderen",
                SECRETARY, NOW)).orElseThrow().payload();

        assertThat(redrafted.path("reactionAnswer").path("draftRevision").asInt()).isEqualTo(1);
        assertThat(redrafted.path("reactionAnswer").path("answer").asText()).isEqualTo(ANSWER);
        assertThat(finalised.path("reactionAnswer").path("draftRevision").asInt()).isEqualTo(2);
        assertThat(payloadOf("dialogue.dialogue-report-drafted").has("reactionAnswer")).as("a first draft answers none").isFalse();
        assertThat(appointed.path("members").get(0).path("resolvedInstitutionCode").asText()).isEqualTo("25LH");
        assertThat(appointed.path("chair").has("resolvedInstitutionCode")).as("the network's chair: none").isFalse();
        assertThat(held.path("participants").findValuesAsText("category")).containsExactly("STUDENTS", "STUDENTS");
        assertThat(held.path("participants").findValuesAsText("mode")).containsExactly("ASSESSING", "CONSULTED");
    }

    /** Approvals bound to content: every report version states its digest, every approval the digest it cites. */
    @Test
    void reportsCarryTheirDigestAndApprovalsTheDigestTheyCite() {
        assertThat(payloadOf("dialogue.dialogue-report-drafted").path("reportDigest").asText()).matches("[0-9a-f]{64}");
        assertThat(payloadOf("dialogue.dialogue-report-finalised").path("reportDigest").asText())
                .matches("[0-9a-f]{64}");
        assertThat(payloadOf("panel-review.panel-report-issued").path("reportDigest").asText()).matches("[0-9a-f]{64}");
        JsonNode finalised = translator.translate(new DialogueReportFinalised(DIALOGUE, 1, CONCLUSIONS, RECOMMENDATIONS,
                mix(), new ReactionAnswer(1, ANSWER), draftDigest(), CHAIR, NOW)).orElseThrow().payload();
        assertThat(finalised.path("approvedDigest").asText()).isEqualTo(draftDigest());
        assertThat(payloadOf("dialogue.institution-reacted-to-draft").path("approvedDigest").asText())
                .isEqualTo(draftDigest());
    }

    @Test
    void otherEventsAreNotThisTranslatorsBusiness() {
        assertThat(translator.translate("not a dialogue event")).isEmpty();
    }

    private JsonNode payloadOf(String type) {
        return EveryEvent.ofEachKind().stream().map(e -> translator.translate(e).orElseThrow())
                .filter(t -> t.eventType().equals(type)).findFirst().orElseThrow().payload();
    }
}
