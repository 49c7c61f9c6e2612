package nl.kwaliteitsnetwerk.ledger.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrationEventCodecTest {

    @Test
    void envelopeRoundTripsAndHasTheDocumentedFieldNames() throws Exception {
        IntegrationEvent event = DeliveryCheckTest.event("a", 4);
        String json = IntegrationEventCodec.toJson(event);
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.fieldNames()).toIterable().containsExactly("envelopeVersion", "eventId", "eventType",
                "schemaVersion", "aggregateType", "aggregateId", "sequenceNumber", "institutionCode", "occurredAt",
                "actor", "payload");
        assertThat(tree.path("occurredAt").asText()).isEqualTo("2027-01-01T00:00:00Z");
        assertThat(IntegrationEventCodec.fromJson(json)).isEqualTo(event);
    }

    @Test
    void aConsumerIgnoresFieldsItDoesNotKnowYet() {
        String newer = IntegrationEventCodec.toJson(DeliveryCheckTest.event("a", 0)).replace("{\"envelopeVersion\"",
                "{\"addedLater\":true,\"envelopeVersion\"");
        assertThat(IntegrationEventCodec.fromJson(newer).aggregateId()).isEqualTo("a");
    }
}
