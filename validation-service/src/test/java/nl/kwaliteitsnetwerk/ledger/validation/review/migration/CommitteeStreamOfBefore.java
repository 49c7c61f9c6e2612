package nl.kwaliteitsnetwerk.ledger.validation.review.migration;

import com.mongodb.client.MongoDatabase;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a committee's stream as the service wrote it while reviews lived inside the committee: a review's events
 * under their class names of then ({@code validation.committee.api}, revision 1), an opening without composition
 * (its composition left null, which the serializer leaves out: the shape of then). It appends through a second ledger
 * engine on the same store, as a second instance would, whose serializer names the events as they were named.
 */
public final class CommitteeStreamOfBefore {

    private static final String BEFORE = "nl.kwaliteitsnetwerk.ledger.validation.committee.api.";

    private CommitteeStreamOfBefore() {
    }

    /** Appends {@code events} to the committee's stream after its event number {@code last}, in one commit. */
    public static void append(MongoDatabase database, Serializer eventSerializer, String committeeId, long last, List<Object> events) {
        Serializer namedAsBefore = new NamedAsBefore(eventSerializer);
        LedgerStorageEngine engine = LedgerStorageEngine.builder().database(database).eventSerializer(namedAsBefore)
                .snapshotSerializer(eventSerializer).build();
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        for (Object event : events) {
            stream.add(new GenericDomainEventMessage<>(ValidationCommittee.class.getSimpleName(), committeeId,
                    last + 1 + stream.size(), event));
        }
        engine.appendEvents(stream);
    }

    /** The service's serializer, but a review's event is named as before reviews had streams of their own. */
    private record NamedAsBefore(Serializer delegate) implements Serializer {

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            SerializedObject<T> serialized = delegate.serialize(object, expectedRepresentation);
            if (!(object instanceof ReviewEvent)) {
                return serialized;
            }
            return new SimpleSerializedObject<>(serialized.getData(), expectedRepresentation,
                    BEFORE + object.getClass().getSimpleName(), null);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return delegate.canSerializeTo(expectedRepresentation);
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            return delegate.deserialize(serializedObject);
        }

        @Override
        public Class classForType(SerializedType type) {
            return delegate.classForType(type);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return delegate.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return delegate.getConverter();
        }
    }
}
