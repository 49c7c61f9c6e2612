package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator.Translation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Integration events whose payload is a domain event's own fields: type {@code <prefix>.<event-in-kebab-case>}
 * (e.g. {@code dialogue.session-held}), without who and when, which travel in the envelope. A service that
 * publishes this way pins one payload of every type in a test, so a change of shape cannot pass unseen.
 */
public final class RecordPayloads {

    private static final List<String> ENVELOPE_FIELDS = List.of("actor", "occurredAt");
    private static final ObjectMapper MAPPER = IntegrationEventCodec.mapper();

    private RecordPayloads() {
    }

    public static Translation translate(String prefix, int schemaVersion, Object event, Instant occurredAt, Actor actor) {
        ObjectNode payload = MAPPER.valueToTree(event);
        payload.remove(ENVELOPE_FIELDS);
        return new Translation(prefix + "." + kebab(event.getClass().getSimpleName()), schemaVersion, occurredAt, actor,
                payload);
    }

    static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
