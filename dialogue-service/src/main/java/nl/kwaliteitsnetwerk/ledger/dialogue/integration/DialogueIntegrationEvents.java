package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.api.DialogueEvent;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.api.PanelReviewEvent;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.api.PeerReviewEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.RecordPayloads;

import java.util.Optional;

/**
 * The public contract of the dialogue service on {@value IntegrationTopics#DIALOGUES}: every domain
 * event becomes an integration event of type {@code dialogue.*}, {@code peer-review.*} or
 * {@code panel-review.*} whose payload holds the event's fields ({@link RecordPayloads}). Unlike the
 * audit service's hand-written payloads, these follow the events, so the contract is pinned by a
 * test over one event of every kind (DialogueContractTest): a change of shape fails it and must come
 * with a new schema version.
 */
public class DialogueIntegrationEvents implements IntegrationEventTranslator {

    static final int SCHEMA_VERSION = 1;

    @Override
    public String topic() {
        return IntegrationTopics.DIALOGUES;
    }

    @Override
    public Optional<Translation> translate(Object domainEvent) {
        if (domainEvent instanceof DialogueEvent e) {
            return Optional.of(RecordPayloads.translate("dialogue", SCHEMA_VERSION, e, e.occurredAt(), e.actor()));
        } else if (domainEvent instanceof PeerReviewEvent e) {
            return Optional.of(RecordPayloads.translate("peer-review", SCHEMA_VERSION, e, e.occurredAt(), e.actor()));
        } else if (domainEvent instanceof PanelReviewEvent e) {
            return Optional.of(RecordPayloads.translate("panel-review", SCHEMA_VERSION, e, e.occurredAt(), e.actor()));
        }
        return Optional.empty();
    }
}
