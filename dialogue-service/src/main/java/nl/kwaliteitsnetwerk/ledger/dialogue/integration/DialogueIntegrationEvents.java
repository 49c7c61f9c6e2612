package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueEvent;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewEvent;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerReviewEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public contract of the dialogue service on {@value IntegrationTopics#DIALOGUES}: every domain
 * event becomes an integration event of type {@code <instrument>.<event-in-kebab-case>} (e.g.
 * {@code dialogue.session-held}, {@code panel-review.panel-standard-judged}) whose payload holds the
 * event's fields; who and when travel in the envelope. Unlike the audit service's hand-written
 * payloads, these follow the events, so the contract is pinned by a test over one event of every
 * kind (DialogueContractTest): a change of shape fails it and must come with a new schema version.
 */
public class DialogueIntegrationEvents implements IntegrationEventTranslator {

    static final int SCHEMA_VERSION = 1;
    private static final List<String> ENVELOPE_FIELDS = List.of("actor", "occurredAt");

    private final ObjectMapper mapper = IntegrationEventCodec.mapper();

    @Override
    public String topic() {
        return IntegrationTopics.DIALOGUES;
    }

    @Override
    public Optional<Translation> translate(Object domainEvent) {
        if (domainEvent instanceof DialogueEvent e) {
            return Optional.of(translation("dialogue", e, e.occurredAt(), e.actor()));
        } else if (domainEvent instanceof PeerReviewEvent e) {
            return Optional.of(translation("peer-review", e, e.occurredAt(), e.actor()));
        } else if (domainEvent instanceof PanelReviewEvent e) {
            return Optional.of(translation("panel-review", e, e.occurredAt(), e.actor()));
        }
        return Optional.empty();
    }

    private Translation translation(String instrument, Object event, Instant occurredAt, Actor actor) {
        ObjectNode payload = mapper.valueToTree(event);
        payload.remove(ENVELOPE_FIELDS);
        return new Translation(instrument + "." + kebab(event.getClass().getSimpleName()), SCHEMA_VERSION, occurredAt,
                actor, payload);
    }

    static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
