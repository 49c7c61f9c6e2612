package nl.kwaliteitsnetwerk.ledger.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeHistory;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeProjection;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeView;
import nl.kwaliteitsnetwerk.ledger.validation.committee.questions.ValidationQuestionCatalog;
import nl.kwaliteitsnetwerk.ledger.validation.integration.ValidationIntegrationEvents;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the committee's read side, its question sets and its integration contract. */
@Configuration
class ValidationConfiguration {

    @Bean
    ValidationQuestionCatalog validationQuestionCatalog() {
        return ValidationQuestionCatalog.shipped();
    }

    @Bean
    CommitteeProjection committeeProjection(MongoTemplate mongoTemplate, ObjectMapper objectMapper) {
        return new CommitteeProjection(new DocumentViews<>(mongoTemplate.getCollection(CommitteeProjection.COLLECTION),
                objectMapper.copy(), CommitteeView.class, view -> view.committeeId));
    }

    @Bean
    CommitteeHistory committeeHistory(EventStore eventStore, ObjectMapper objectMapper) {
        return new CommitteeHistory(eventStore, objectMapper);
    }

    @Bean
    ValidationIntegrationEvents validationIntegrationEvents() {
        return new ValidationIntegrationEvents();
    }
}
