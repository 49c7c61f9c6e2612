package nl.kwaliteitsnetwerk.ledger.audit.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.audit.api.EvidenceReference;
import nl.kwaliteitsnetwerk.ledger.audit.api.FindingRecorded;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finding stored in revision 1 (evidence as document titles) is read, through the service's own
 * serializer and upcaster chain, as the revision-2 event of the fixture beside it.
 */
class FindingRecordedUpcasterTest extends ServiceTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src/test/resources/upcasting");

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    Configuration axon;

    @Test
    void aRevisionOneFindingIsReadInTheCurrentShape() throws Exception {
        FindingRecorded read = readStored(Files.readString(FIXTURES.resolve("FindingRecorded.revision-1.json")), null);

        assertThat(read.evidence()).containsExactly(
                new EvidenceReference(EvidenceReference.Kind.DOCUMENT, "Kwaliteitsplan 2026"),
                new EvidenceReference(EvidenceReference.Kind.DOCUMENT, "Jaarverslag 2025"));
        assertThat(written(read)).isEqualTo(JSON.readTree(FIXTURES.resolve("FindingRecorded.revision-2.json").toFile()));
    }

    @Test
    void aRevisionTwoFindingIsLeftAsItIs() throws Exception {
        String stored = Files.readString(FIXTURES.resolve("FindingRecorded.revision-2.json"));
        FindingRecorded read = readStored(stored, "2");
        assertThat(written(read)).isEqualTo(JSON.readTree(stored));
    }

    /**
     * The finding as it is written now, but for its business date: stored without one, it happened the day it was
     * recorded ({@code EventsStoredBeforeBusinessDatesTest}), and is written with it.
     */
    private JsonNode written(FindingRecorded read) throws Exception {
        ObjectNode written = (ObjectNode) JSON.readTree(eventSerializer.serialize(read, String.class).getData());
        assertThat(written.remove("occurredOn").asText()).isEqualTo("2027-03-10");
        return written;
    }

    private FindingRecorded readStored(String payload, String revision) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>("Audit", "audit-1", 3, "event-1",
                "2027-03-10T10:00:00Z", FindingRecorded.class.getName(), revision, payload, "{}");
        List<? extends DomainEventMessage<?>> events = EventStreamUtils.upcastAndDeserializeDomainEvents(
                java.util.stream.Stream.of(entry), eventSerializer, axon.upcasterChain()).asStream().toList();
        assertThat(events).hasSize(1);
        return (FindingRecorded) events.get(0).getPayload();
    }
}
