package nl.kwaliteitsnetwerk.ledger.audit.integration;

import nl.kwaliteitsnetwerk.ledger.testsupport.PinnedJson;
import nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures;
import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.contracts.Contracts;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator.Translation;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit service's contract: every domain event has its own integration event type, written out by hand. */
class AuditIntegrationEventsTest {

    private final AuditIntegrationEvents translator = new AuditIntegrationEvents();

    @Test
    void everyKindOfAuditEventHasItsOwnIntegrationEventType() {
        List<Object> everything = AuditFixtures.oneOfEachEvent();
        Map<Class<?>, String> typeByClass = new HashMap<>();
        for (Object event : everything) {
            Translation translation = translator.translate(event).orElseThrow();
            typeByClass.put(event.getClass(), translation.eventType());
            assertThat(translation.schemaVersion()).isEqualTo(1);
            assertThat(translation.actor()).isEqualTo(((AuditEvent) event).actor());
        }
        assertThat(typeByClass.keySet()).containsExactlyInAnyOrder(AuditEvent.class.getPermittedSubclasses());
        assertThat(new HashSet<>(typeByClass.values())).as("one type per kind of event")
                .hasSize(AuditEvent.class.getPermittedSubclasses().length);
    }

    @Test
    void correctionsNameWhatTheyCorrectAndWhy() {
        Translation corrected = translator.translate(new FindingCorrected(AUDIT, "f-KS1", 2, "KS1",
                FindingKind.OBSERVATION, "x", EVIDENCE, "Verkeerd genoteerd", AUDITOR, NOW)).orElseThrow();
        assertThat(corrected.payload().path("corrects").asText()).isEqualTo("f-KS1");
        assertThat(corrected.payload().path("reason").asText()).isEqualTo("Verkeerd genoteerd");

        Translation rejudged = translator.translate(new StandardJudged(AUDIT, "judgement-2", "KS1", "4", "r",
                NETWORK_FRAMEWORK, "judgement-1", "nieuw bewijs", LEAD, NOW, null)).orElseThrow();
        assertThat(rejudged.payload().path("revises").asText()).isEqualTo("judgement-1");
        assertThat(rejudged.payload().path("framework").path("version").asText()).isEqualTo("2013");
    }

    /**
     * The payload of every type, pinned in the contracts artifact: what consumers (the validation service's
     * trail) read, checked on both sides. Re-pin a change made on purpose with {@code -Dsnapshots.update=true},
     * which writes the contracts module's sources.
     */
    @Test
    void everyPayloadIsPinned() throws Exception {
        Path pinned = Boolean.getBoolean("snapshots.update") ? Contracts.sources("audit") : Contracts.pinned("audit");
        Map<String, JsonNode> payloads = new LinkedHashMap<>();
        AuditFixtures.oneOfEachEvent().forEach(event -> {
            Translation translation = translator.translate(event).orElseThrow();
            payloads.putIfAbsent(translation.eventType(), translation.payload());
        });
        PinnedJson.check(payloads, pinned);
    }

    @Test
    void otherEventsAreNotThisTranslatorsBusiness() {
        assertThat(translator.translate("not an audit event")).isEmpty();
    }
}
