package nl.kwaliteitsnetwerk.ledger.kernel.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.UncheckedIOException;

/**
 * Reads and writes integration events as JSON. Deliberately its own mapper, without default typing,
 * so that the wire format does not depend on how a service configures Jackson.
 */
public final class IntegrationEventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private IntegrationEventCodec() {
    }

    public static String toJson(IntegrationEvent event) {
        return write(event, "integration event " + event.eventId());
    }

    public static IntegrationEvent fromJson(String json) {
        return read(json, IntegrationEvent.class, "an integration event");
    }

    /** {@code value} as JSON with the codec's settings; a failure names {@code what} was being written. */
    public static String write(Object value, String what) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + what, e);
        }
    }

    /** {@code json} read as {@code type} with the codec's settings; what is not one is "not {@code what}". */
    public static <T> T read(String json, Class<T> type, String what) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not " + what, e);
        }
    }

    /** A mapper with the codec's settings, for building payloads. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
