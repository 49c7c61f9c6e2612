package nl.kwaliteitsnetwerk.ledger.validation.integration;

import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.RecordPayloads;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.ValidationEvent;

import java.util.Optional;

/**
 * The public contract of the validation service on {@value IntegrationTopics#VALIDATION}: every event of the
 * committee and of its reviews becomes an integration event of type {@code validation.*} carrying the event's
 * fields ({@link RecordPayloads}), keyed by the aggregate it belongs to (the committee, or the review); pinned by
 * ValidationContractTest. A review's event copied from a committee's stream into the review's own
 * is a {@code CopiedEvent}: the platform publishes it only as a pointer to its original (kernel EventCopied).
 */
public class ValidationIntegrationEvents implements IntegrationEventTranslator {

    static final int SCHEMA_VERSION = 1;

    @Override
    public String topic() {
        return IntegrationTopics.VALIDATION;
    }

    @Override
    public Optional<Translation> translate(Object domainEvent) {
        if (domainEvent instanceof ValidationEvent e) {
            return Optional.of(RecordPayloads.translate("validation", SCHEMA_VERSION, e, e.occurredAt(), e.actor()));
        }
        return Optional.empty();
    }
}
