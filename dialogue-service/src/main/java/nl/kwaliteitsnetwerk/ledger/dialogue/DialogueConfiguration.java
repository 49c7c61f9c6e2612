package nl.kwaliteitsnetwerk.ledger.dialogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueHistory;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueProjection;
import nl.kwaliteitsnetwerk.ledger.dialogue.institutional.query.DialogueViews;
import nl.kwaliteitsnetwerk.ledger.dialogue.integration.DialogueIntegrationEvents;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.PanelReviewHistory;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.PanelReviewProjection;
import nl.kwaliteitsnetwerk.ledger.dialogue.panelreview.query.PanelReviewViews;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewHistory;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewProjection;
import nl.kwaliteitsnetwerk.ledger.dialogue.peerreview.query.PeerReviewViews;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the dialogue service's read side and its integration contract. */
@Configuration
class DialogueConfiguration {

    @Bean
    DialogueViews dialogueViews(MongoTemplate mongoTemplate, ObjectMapper objectMapper) {
        return new DialogueViews(mongoTemplate.getCollection(DialogueViews.COLLECTION), objectMapper.copy());
    }

    @Bean
    PeerReviewViews peerReviewViews(MongoTemplate mongoTemplate, ObjectMapper objectMapper) {
        return new PeerReviewViews(mongoTemplate.getCollection(PeerReviewViews.COLLECTION), objectMapper.copy());
    }

    @Bean
    PanelReviewViews panelReviewViews(MongoTemplate mongoTemplate, ObjectMapper objectMapper) {
        return new PanelReviewViews(mongoTemplate.getCollection(PanelReviewViews.COLLECTION), objectMapper.copy());
    }

    @Bean
    DialogueProjection dialogueProjection(DialogueViews views) {
        return new DialogueProjection(views);
    }

    @Bean
    PeerReviewProjection peerReviewProjection(PeerReviewViews views) {
        return new PeerReviewProjection(views);
    }

    @Bean
    PanelReviewProjection panelReviewProjection(PanelReviewViews views) {
        return new PanelReviewProjection(views);
    }

    @Bean
    DialogueHistory dialogueHistory(EventStore eventStore, ObjectMapper objectMapper) {
        return new DialogueHistory(eventStore, objectMapper);
    }

    @Bean
    PeerReviewHistory peerReviewHistory(EventStore eventStore, ObjectMapper objectMapper) {
        return new PeerReviewHistory(eventStore, objectMapper);
    }

    @Bean
    PanelReviewHistory panelReviewHistory(EventStore eventStore, ObjectMapper objectMapper) {
        return new PanelReviewHistory(eventStore, objectMapper);
    }

    @Bean
    DialogueIntegrationEvents dialogueIntegrationEvents() {
        return new DialogueIntegrationEvents();
    }
}
