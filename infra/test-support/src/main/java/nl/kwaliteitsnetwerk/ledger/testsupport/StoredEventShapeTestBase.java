package nl.kwaliteitsnetwerk.ledger.testsupport;

import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Path;
import java.util.List;

/**
 * Pins the stored form of every event of a service, as its event serializer writes it, in
 * {@code src/test/resources/stored-events} (see {@link PinnedEventShapes}).
 */
public abstract class StoredEventShapeTestBase extends ServiceTestBase {

    private final List<?> oneOfEachEvent;
    private final int kinds;

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    /**
     * @param oneOfEachEvent at least one event of each kind the service stores
     * @param kinds          how many kinds it stores, e.g. the permitted subclasses of its sealed event interface
     */
    protected StoredEventShapeTestBase(List<?> oneOfEachEvent, int kinds) {
        this.oneOfEachEvent = oneOfEachEvent;
        this.kinds = kinds;
    }

    @Test
    void everyEventIsStoredInItsPinnedShapeAndReadsBackEqual() throws Exception {
        PinnedEventShapes.check(eventSerializer, oneOfEachEvent, kinds, Path.of("src/test/resources/stored-events"));
    }
}
