package nl.kwaliteitsnetwerk.ledger.validation.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.contracts.Contracts;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailClassifier;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's side of the audit and dialogue services' contracts: every payload they have pinned is
 * read as a step of the trail, with the fields the trail takes from it. Reads the payloads the producers'
 * own contract tests pin, from the contracts artifact ({@code contracts/<producer>} on the classpath), not
 * the producers' classes, so a change of contract there fails here too.
 */
class ProducersContractTest {

    private static final String AUDIT_CONTRACT = "audit";
    private static final String DIALOGUE_CONTRACT = "dialogue";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPinnedAuditEventIsAKnownStepOfTheTrail() throws Exception {
        List<TrailEntry> entries = classify(AUDIT_CONTRACT);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(21).allSatisfy(e -> assertThat(e.kind()).as(e.eventType()).isNotEqualTo(TrailKind.OTHER));
        assertThat(entries).filteredOn(e -> e.eventType().equals("audit.standard-judged")).singleElement().satisfies(e -> {
            assertThat(e.standardCode()).isNotBlank();
            assertThat(e.framework().version()).isEqualTo("2013");
            assertThat(e.kind()).isEqualTo(TrailKind.JUDGEMENT);
        });
        assertThat(entries).filteredOn(e -> e.eventType().equals("audit.finding-corrected")).singleElement()
                .satisfies(e -> assertThat(e.corrects()).isNotBlank());
        assertThat(entries).filteredOn(e -> e.eventType().equals("audit.follow-up-opened")).singleElement()
                .satisfies(e -> assertThat(e.payload().path("dueDate").isTextual()).isTrue());
    }

    @Test
    void everyPinnedDialogueEventIsAKnownStepOfTheTrail() throws Exception {
        List<TrailEntry> entries = classify(DIALOGUE_CONTRACT);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(28).allSatisfy(e -> assertThat(e.kind()).as(e.eventType())
                .isNotEqualTo(TrailKind.OTHER));
        assertThat(entries).filteredOn(e -> e.eventType().equals("panel-review.panel-standard-judged")).singleElement()
                .satisfies(e -> {
                    assertThat(e.standardCode()).isEqualTo("BEGELEIDING");
                    assertThat(e.framework().version()).isEqualTo("2024-proeftuin");
                });
        assertThat(entries).filteredOn(e -> e.eventType().equals("dialogue.observation-corrected")).singleElement()
                .satisfies(e -> {
                    assertThat(e.corrects()).isEqualTo("o-1");
                    assertThat(e.correctionReason()).isEqualTo("Nauwkeuriger");
                    assertThat(e.standardCode()).isEqualTo("PROFESSIONAL");
                });
    }

    private static List<TrailEntry> classify(String producer) throws Exception {
        Map<String, String> pinned = Contracts.payloads(producer);
        assertThat(pinned).as("the pinned payloads of " + producer).isNotEmpty();
        List<TrailEntry> entries = new ArrayList<>();
        for (Map.Entry<String, String> pinnedPayload : pinned.entrySet()) {
            String type = pinnedPayload.getKey();
            JsonNode payload = JSON.readTree(pinnedPayload.getValue());
            String aggregateType = type.startsWith("audit.") ? "Audit" : type.startsWith("dialogue.") ? "InstitutionalDialogue"
                    : type.startsWith("peer-review.") ? "PeerReview" : "PanelReview";
            entries.add(TrailClassifier.classify(new IntegrationEvent(1, UUID.randomUUID().toString(), type, 1,
                    aggregateType, "x", 0, "29WT", Instant.now(), Actor.of("someone", Role.ADMINISTRATOR), payload),
                    null).orElseThrow());
        }
        return entries;
    }
}
