package nl.kwaliteitsnetwerk.ledger.validation.integration;

import nl.kwaliteitsnetwerk.ledger.contracts.Contracts;
import nl.kwaliteitsnetwerk.ledger.testsupport.PinnedJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator.Translation;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation service's contract on its topic, pinned: one integration event of every type. A change
 * here is a change of contract: raise the schema version and renew with {@code -Dsnapshots.update=true},
 * which writes the contracts module's sources; consumers read them from the contracts artifact.
 */
class ValidationContractTest {

    private static final ObjectMapper AS_TEXT = new ObjectMapper();

    @Test
    void everyKindOfEventHasItsOwnTypeAndItsPinnedPayload() throws Exception {
        ValidationIntegrationEvents translator = new ValidationIntegrationEvents();
        Map<String, JsonNode> payloads = new LinkedHashMap<>();
        for (Object event : ValidationEvents.oneOfEach()) {
            Translation translation = translator.translate(event).orElseThrow();
            assertThat(translation.eventType()).startsWith("validation.");
            // as a consumer reads it, from the record's text: a sequence number is a number there, of no Java type
            payloads.putIfAbsent(translation.eventType(), AS_TEXT.readTree(AS_TEXT.writeValueAsString(translation.payload())));
        }
        assertThat(payloads).hasSize(CommitteeEvent.class.getPermittedSubclasses().length
                + ReviewEvent.class.getPermittedSubclasses().length);
        assertThat(translator.translate("not a committee event")).isEmpty();
        Path pinned = Boolean.getBoolean("snapshots.update") ? Contracts.sources("validation") : Contracts.pinned("validation");
        PinnedJson.check(payloads, pinned);
    }
}
