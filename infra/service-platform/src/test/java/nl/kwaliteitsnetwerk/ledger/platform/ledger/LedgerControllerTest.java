package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTampering;
import nl.kwaliteitsnetwerk.ledger.verifier.LedgerFile;
import nl.kwaliteitsnetwerk.ledger.verifier.OfflineVerifier;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ledger API's leaks closed: one aggregate's verification answers 404, alike, for what the caller may not
 * see and for an id the ledger does not know; a verification names a break's aggregate only to a caller who may
 * see it; and the export served is a proof, with no content, no event type and no commit time in it.
 */
class LedgerControllerTest {

    private static final String MARKER = "Concepttekst-7f3a: de teamleider verzwijgt de examenfraude";
    private static final String METADATA_MARKER = "Meta-9c1e Jansen";
    /** A record only the insider may see, with an id that no text of the ledger's contains by chance. */
    private static final String HIDDEN = "verborgen-audit-4d2b";

    private final RestorableLedger ledger = new RestorableLedger().build();
    private final Caller insider = new Caller("insider", Set.of(Role.AUDITOR), null);
    private final Caller outsider = new Caller("outsider", Set.of(Role.INSTITUTION), "25LH");
    /** The service's rule, as far as this test needs it: aggregates b and HIDDEN are the insider's only. */
    private final LedgerController controller = new LedgerController(ledger.source, ledger.digests, new LedgerIntegrity(),
            ledger.keys.getPublic(), Clock.systemUTC(),
            (caller, aggregateId) -> caller == insider || !Set.of("b", HIDDEN).contains(aggregateId));

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aCallerWhoMaySeeTheAggregateGetsItsVerification() {
        LedgerVerifier.Verification verification = controller.verifyAggregate("b", insider);

        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.commitsChecked()).as("b's commits at positions 1 and 5").isEqualTo(2);
    }

    @Test
    void aHiddenAggregateAndAnUnknownIdAnswerTheSameNotFound() {
        RuleViolation hidden = catchThrowableOfType(RuleViolation.class, () -> controller.verifyAggregate("b", outsider));
        RuleViolation unknown = catchThrowableOfType(RuleViolation.class, () -> controller.verifyAggregate("zz", outsider));
        RuleViolation unknownToInsider = catchThrowableOfType(RuleViolation.class, () -> controller.verifyAggregate("zz", insider));

        assertThat(hidden.errorCode()).isEqualTo(CommonErrors.NOT_FOUND);
        assertThat(hidden.getMessage()).isEqualTo(RuleViolation.notFound("b").getMessage());
        for (RuleViolation notHeld : List.of(unknown, unknownToInsider)) {
            assertThat(notHeld.errorCode()).isEqualTo(CommonErrors.NOT_FOUND);
            assertThat(notHeld.getMessage().replace("zz", "b")).as("the same words, apart from the id")
                    .isEqualTo(hidden.getMessage());
        }
    }

    @Test
    void anAggregateWhoseCommitsWereAllRemovedIsABreakNotAnUnknownId() {
        LedgerTampering tampering = new LedgerTampering(ledger.source);
        tampering.positionsOf("c").forEach(tampering::delete);

        LedgerVerifier.Verification verification = controller.verifyAggregate("c", insider);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.breaks()).extracting(LedgerBreak::kind).contains(LedgerBreak.Kind.REMOVED);
    }

    /**
     * Breaks of a hidden record (a fork and a removal at their positions, a head above its commits, at no position)
     * and of a visible one (an altered commit of a): whoever may not see the hidden record reads the same breaks,
     * kinds, positions and details, without its id; whoever may see it reads its id, now and in the last result.
     */
    @Test
    void aBreakNamesItsAggregateOnlyToACallerWhoMaySeeIt() throws Exception {
        for (long sequence = 0; sequence < 3; sequence++) {
            ledger.engine.appendEvents(RestorableLedger.event(HIDDEN, sequence));
        }
        LedgerTampering tampering = new LedgerTampering(ledger.source);
        tampering.fork(tampering.positionOf(HIDDEN, 1));
        ledger.source.getCollection(LedgerStorageEngine.AGGREGATE_HEADS)
                .updateOne(Filters.eq("_id", HIDDEN), Updates.set("lastSequence", 5L));
        tampering.alterOneCharacter(tampering.positionOf("a", 2));

        LedgerVerifier.Verification toInsider = controller.verify(insider);
        LedgerVerifier.Verification toOutsider = controller.verify(outsider);

        assertThat(toInsider.breaks()).extracting(LedgerBreak::kind)
                .contains(LedgerBreak.Kind.FORKED, LedgerBreak.Kind.REMOVED, LedgerBreak.Kind.ALTERED);
        assertThat(toInsider.breaks()).extracting(LedgerBreak::aggregateId).contains(HIDDEN, "a");
        assertThat(toInsider.breaks()).as("the id is in aggregateId alone").extracting(LedgerBreak::detail)
                .noneMatch(detail -> detail.contains(HIDDEN));
        assertThat(toInsider.breaks()).as("a break at no position").anyMatch(broken -> broken.position() == null
                && HIDDEN.equals(broken.aggregateId()));

        assertThat(toOutsider.intact()).isFalse();
        assertThat(toOutsider.breaks()).extracting(LedgerBreak::aggregateId).doesNotContain(HIDDEN).contains("a");
        assertThat(toOutsider.breaks()).extracting(LedgerBreak::kind, LedgerBreak::position, LedgerBreak::detail)
                .containsExactlyElementsOf(toInsider.breaks().stream()
                        .map(broken -> tuple(broken.kind(), broken.position(), broken.detail())).toList());
        assertThat(RestorableLedger.JSON.writeValueAsString(toOutsider)).doesNotContain(HIDDEN);
        assertThat(RestorableLedger.JSON.writeValueAsString(toInsider)).contains(HIDDEN);

        assertThat(RestorableLedger.JSON.writeValueAsString(controller.latestVerification(outsider)))
                .contains("FORKED").doesNotContain(HIDDEN);
        assertThat(RestorableLedger.JSON.writeValueAsString(controller.latestVerification(insider))).contains(HIDDEN);
    }

    @Test
    void theExportIsAProofWithNoPayloadMetadataEventIdentifierEventTypeOrCommitTime() throws Exception {
        ledger.engine.appendEvents(new GenericDomainEventMessage<>("Note", "d", 0, new RestorableLedger.Noted(MARKER),
                MetaData.with("actorName", METADATA_MARKER)));

        String served = RestorableLedger.JSON.writeValueAsString(controller.export());

        ObjectNode full = ledger.export();
        assertThat(full.toString()).as("the marker is in the store").contains(MARKER).contains(METADATA_MARKER);
        assertThat(served).doesNotContain(MARKER).doesNotContain("Concepttekst").doesNotContain(METADATA_MARKER)
                .doesNotContain("29WT").doesNotContain("\"payload\"").doesNotContain("\"metadata\"")
                .doesNotContain("Noted").doesNotContain("\"eventTypes\"").doesNotContain("\"committedAt\"");
        for (JsonNode commit : RestorableLedger.commits(full)) {
            for (JsonNode event : commit.get("events")) {
                assertThat(served).as("no event type and no commit time").doesNotContain(event.get("payloadType").asText())
                        .doesNotContain(event.get("timestamp").asText());
                if (!commit.get("aggregateType").asText().isEmpty()) {
                    assertThat(served).doesNotContain(event.get("eventIdentifier").asText());
                }
            }
        }

        JsonNode proof = RestorableLedger.JSON.readTree(served);
        assertThat(proof.get("contents").asText()).isEqualTo("proof");
        assertThat(proof.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(proof.get("commits")).hasSize(RestorableLedger.COMMITS + 1);
        assertThat(fieldNames(proof.get("commits").get(4))).containsExactly("position", "aggregateType", "aggregateId",
                "firstSequence", "lastSequence", "contentDigest", "chainHash", "previousAggregateHash", "aggregateHash");
        assertThat(proof.get("commits").get(4).get("lastSequence").asLong()).as("c[0..2]").isEqualTo(2);
        for (int p = 0; p < proof.get("commits").size(); p++) {
            for (String hash : List.of("contentDigest", "chainHash", "previousAggregateHash", "aggregateHash")) {
                assertThat(proof.get("commits").get(p).get(hash)).as(p + " " + hash)
                        .isEqualTo(RestorableLedger.commits(full).get(p).get(hash));
            }
        }
        JsonNode fullAsServed = RestorableLedger.JSON.readTree(RestorableLedger.JSON.writeValueAsString(full));
        assertThat(proof.get("digests")).isEqualTo(fullAsServed.get("digests")).hasSize(2);
        assertThat(proof.get("publicKey")).isEqualTo(full.get("publicKey"));
    }

    @Test
    void theProofExportVerifiesOfflineAndATamperedOneDoesNot() throws Exception {
        JsonNode proof = RestorableLedger.JSON.valueToTree(controller.export());
        String serviceKey = proof.get("publicKey").asText();

        OfflineVerifier.Result result = OfflineVerifier.verify(RestorableLedger.JSON.treeToValue(proof, LedgerFile.class), serviceKey);
        assertThat(result.intact()).as(result.problem()).isTrue();
        assertThat(result.commits()).isEqualTo(RestorableLedger.COMMITS);
        assertThat(result.digests()).isEqualTo(2);

        ObjectNode tampered = proof.deepCopy();
        ((ObjectNode) RestorableLedger.commits(tampered).get(3)).put("contentDigest",
                RestorableLedger.commits(tampered).get(2).get("contentDigest").asText());
        assertThat(OfflineVerifier.verify(RestorableLedger.JSON.treeToValue(tampered, LedgerFile.class), serviceKey).intact())
                .isFalse();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
