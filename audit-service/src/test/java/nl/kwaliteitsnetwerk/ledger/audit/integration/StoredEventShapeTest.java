package nl.kwaliteitsnetwerk.ledger.audit.integration;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.testsupport.PinnedEventShapes;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Path;

/** Pins the stored form of every audit event, as the service's event serializer writes it. */
class StoredEventShapeTest extends ServiceTestBase {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void everyEventIsStoredInItsPinnedShapeAndReadsBackEqual() throws Exception {
        PinnedEventShapes.check(eventSerializer, AuditFixtures.oneOfEachEvent(),
                AuditEvent.class.getPermittedSubclasses().length, Path.of("src/test/resources/stored-events"));
    }
}
