package nl.kwaliteitsnetwerk.ledger.audit.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.BusinessTime;
import nl.kwaliteitsnetwerk.ledger.audit.api.IntakeRecorded;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored before business dates existed, one of each kind as they were pinned then
 * ({@code src/test/resources/stored-events-before-business-dates}), still read: each happened on the day it was
 * recorded (in Amsterdam), the intake on the day it was held.
 */
class EventsStoredBeforeBusinessDatesTest extends ServiceTestBase {

    private static final Path STORED = Path.of("src/test/resources/stored-events-before-business-dates");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @Test
    void eachReadsWithTheDayItWasRecordedAsTheDayItHappened() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(STORED)) {
            files = listed.sorted().toList();
        }
        assertThat(files).as("one of each kind stored before").hasSizeGreaterThanOrEqualTo(21);
        for (Path file : files) {
            String json = Files.readString(file);
            JsonNode stored = JSON.readTree(json);
            assertThat(stored.has("occurredOn")).as(file + " was stored without a business date").isFalse();
            Class<?> type = Class.forName(AuditEvent.class.getPackageName() + "."
                    + file.getFileName().toString().replace(".json", ""));
            Revision revision = type.getAnnotation(Revision.class);
            AuditEvent event = eventSerializer.deserialize(new SimpleSerializedObject<>(json, String.class,
                    type.getName(), revision == null ? null : revision.value()));
            Instant recordedAt = Instant.parse(stored.path("occurredAt").asText());
            assertThat(event.occurredOn()).as(file.toString()).isEqualTo(event instanceof IntakeRecorded intake
                    ? intake.heldOn() : BusinessTime.dateOf(recordedAt));
        }
    }
}
