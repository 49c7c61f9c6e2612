package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.testsupport.PinnedEventShapes;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Path;

/** Pins the stored form of every dialogue, peer-review and panel-review event, as the event serializer writes it. */
class StoredEventShapeTest extends ServiceTestBase {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void everyEventIsStoredInItsPinnedShapeAndReadsBackEqual() throws Exception {
        PinnedEventShapes.check(eventSerializer, EveryEvent.ofEachKind(), EveryEvent.KINDS,
                Path.of("src/test/resources/stored-events"));
    }
}
