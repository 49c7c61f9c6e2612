package nl.kwaliteitsnetwerk.ledger.validation.supervision.integration;

import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.RecordPayloads;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionEvent;

import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The calendars' events on {@value IntegrationTopics#VALIDATION}, as {@code supervision.*} with the event's fields
 * (pinned by SupervisionContractTest), naming who took the step where someone did; the public feed tells of
 * them what the kernel's disclosure rule names.
 */
@Component
public class SupervisionIntegrationEvents implements IntegrationEventTranslator {

    static final int SCHEMA_VERSION = 1;

    @Override
    public Optional<Translation> translate(Object domainEvent) {
        return Optional.of(domainEvent).filter(SupervisionEvent.class::isInstance).map(SupervisionEvent.class::cast)
                .map(e -> RecordPayloads.translate("supervision", SCHEMA_VERSION, e, e.occurredAt(), e.actor()));
    }

    @Override
    public String topic() {
        return IntegrationTopics.VALIDATION;
    }
}
