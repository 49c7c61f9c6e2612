package nl.kwaliteitsnetwerk.ledger.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.audit.command.SourceJudgements;
import nl.kwaliteitsnetwerk.ledger.audit.integration.AuditIntegrationEvents;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditHistory;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditProjection;
import nl.kwaliteitsnetwerk.ledger.audit.query.AuditViewRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the audit service's read side and its integration contract. */
@Configuration
class AuditConfiguration {

    @Bean
    AuditViewRepository auditViewRepository(MongoTemplate mongoTemplate, ObjectMapper objectMapper) {
        return new AuditViewRepository(mongoTemplate.getCollection(AuditViewRepository.COLLECTION), objectMapper.copy());
    }

    @Bean
    AuditProjection auditProjection(AuditViewRepository repository) {
        return new AuditProjection(repository);
    }

    @Bean
    AuditHistory auditHistory(EventStore eventStore, ObjectMapper objectMapper) {
        return new AuditHistory(eventStore, objectMapper);
    }

    /** The judgements of earlier audits, read from the store, for the audits that carry one over. */
    @Bean
    SourceJudgements sourceJudgements(EventStore eventStore) {
        return SourceJudgements.from(eventStore);
    }

    @Bean
    AuditIntegrationEvents auditIntegrationEvents() {
        return new AuditIntegrationEvents();
    }
}
