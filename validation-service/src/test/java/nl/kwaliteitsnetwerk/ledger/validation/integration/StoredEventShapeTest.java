package nl.kwaliteitsnetwerk.ledger.validation.integration;

import nl.kwaliteitsnetwerk.ledger.testsupport.PinnedEventShapes;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Path;

/** Pins the stored form of every event of the validation committee. */
class StoredEventShapeTest extends ServiceTestBase {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void everyEventIsStoredInItsPinnedShapeAndReadsBackEqual() throws Exception {
        PinnedEventShapes.check(eventSerializer, CommitteeFixtures.oneOfEachEvent(),
                CommitteeEvent.class.getPermittedSubclasses().length, Path.of("src/test/resources/stored-events"));
    }
}
