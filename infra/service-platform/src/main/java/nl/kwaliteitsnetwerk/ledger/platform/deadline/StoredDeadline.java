package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

import java.time.Instant;

/**
 * A deadline as it is stored: its name, the scope it fires in and its message, each serialized as text by the
 * service's serializer, and when it is due.
 */
record StoredDeadline(String id, String name, String scopeType, String scope, String payloadType,
                      String payloadRevision, String payload, String metaData, Instant dueAt) {

    static StoredDeadline of(String id, DeadlineMessage<?> message, ScopeDescriptor scope, Serializer serializer) {
        SerializedObject<String> serializedScope = serializer.serialize(scope, String.class);
        SerializedObject<String> payload = serializer.serialize(message.getPayload(), String.class);
        SerializedObject<String> metaData = serializer.serialize(message.getMetaData(), String.class);
        return new StoredDeadline(id, message.getDeadlineName(), serializedScope.getType().getName(),
                serializedScope.getData(), payload.getType().getName(), payload.getType().getRevision(),
                payload.getData(), metaData.getData(), message.getTimestamp());
    }

    static StoredDeadline of(Document document) {
        return new StoredDeadline(document.getString("_id"), document.getString("name"), document.getString("scopeType"),
                document.getString("scope"), document.getString("payloadType"), document.getString("payloadRevision"),
                document.getString("payload"), document.getString("metaData"), document.getDate("dueAt").toInstant());
    }

    ScopeDescriptor scopeDescriptor(Serializer serializer) {
        return serializer.deserialize(new SimpleSerializedObject<>(scope, String.class, scopeType, null));
    }

    /** The message as it was scheduled: same identifier, payload, metadata and due instant as its timestamp. */
    DeadlineMessage<?> message(Serializer serializer) {
        Object payloadObject = serializer.deserialize(
                new SimpleSerializedObject<>(payload, String.class, payloadType, payloadRevision));
        MetaData meta = serializer.deserialize(
                new SimpleSerializedObject<>(metaData, String.class, MetaData.class.getName(), null));
        return new GenericDeadlineMessage<>(name, id, payloadObject, meta, dueAt);
    }
}
