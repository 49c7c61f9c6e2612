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
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write integration event " + event.eventId(), e);
        }
    }

    public static IntegrationEvent fromJson(String json) {
        try {
            return MAPPER.readValue(json, IntegrationEvent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not an integration event", e);
        }
    }

    /** A mapper with the codec's settings, for building payloads. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
