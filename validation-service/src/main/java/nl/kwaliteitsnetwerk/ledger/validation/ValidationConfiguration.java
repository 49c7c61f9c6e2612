package nl.kwaliteitsnetwerk.ledger.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.DocumentViews;
import nl.kwaliteitsnetwerk.ledger.platform.security.AggregateVisibility;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeHistory;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeProjection;
import nl.kwaliteitsnetwerk.ledger.validation.committee.query.CommitteeView;
import nl.kwaliteitsnetwerk.ledger.validation.integration.ValidationIntegrationEvents;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ReportVersions;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ReviewOpening;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.membership.ParkedMembershipChanges;
import nl.kwaliteitsnetwerk.ledger.validation.review.membership.ReviewMembershipFollower;
import nl.kwaliteitsnetwerk.ledger.validation.review.membership.ReviewMembershipHealthIndicator;
import nl.kwaliteitsnetwerk.ledger.validation.review.migration.ReviewStreamMigration;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewHistory;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewProjection;
import nl.kwaliteitsnetwerk.ledger.validation.review.query.ReviewView;
import nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionCatalog;
import nl.kwaliteitsnetwerk.ledger.validation.review.web.VisibleReviews;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.web.CalendarReaders;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** Wires the committee's and the reviews' read sides, the opening of reviews, their question sets and the contract. */
@Configuration
class ValidationConfiguration {

    @Bean
    ValidationQuestionCatalog validationQuestionCatalog() {
        return ValidationQuestionCatalog.shipped();
    }

    /** The current version of a report under review, as the trail has seen its producer publish it. */
    @Bean
    ReportVersions reportVersions(TrailStore trail) {
        return reportId -> trail.report(reportId).map(report -> report.reportDigest);
    }

    @Bean
    CommitteeProjection committeeProjection(MongoTemplate mongoTemplate, ObjectMapper objectMapper) {
        return new CommitteeProjection(new DocumentViews<>(mongoTemplate.getCollection(CommitteeProjection.COLLECTION),
                objectMapper.copy(), CommitteeView.class, view -> view.committeeId));
    }

    @Bean
    ReviewProjection reviewProjection(MongoTemplate mongoTemplate, ObjectMapper objectMapper) {
        return new ReviewProjection(new DocumentViews<>(mongoTemplate.getCollection(ReviewProjection.COLLECTION),
                objectMapper.copy(), ReviewView.class, view -> view.reviewId));
    }

    @Bean
    CommitteeHistory committeeHistory(EventStore eventStore, ObjectMapper objectMapper) {
        return new CommitteeHistory(eventStore, objectMapper);
    }

    @Bean
    ReviewHistory reviewHistory(EventStore eventStore, ObjectMapper objectMapper) {
        return new ReviewHistory(eventStore, objectMapper);
    }

    @Bean
    ReviewOpening reviewOpening(Repository<ValidationCommittee> committees, Repository<ValidationReview> reviews,
                                ValidationQuestionCatalog questionSets, Clock clock) {
        return new ReviewOpening(committees, reviews, questionSets, clock);
    }

    @Bean
    ReviewMembershipFollower reviewMembershipFollower(MongoTemplate mongoTemplate, EventStore eventStore,
                                                      CommandGateway commands, ParkedMembershipChanges parked) {
        return new ReviewMembershipFollower(mongoTemplate.getCollection(ReviewMembershipFollower.COLLECTION), eventStore,
                commands, parked);
    }

    @Bean
    ParkedMembershipChanges parkedMembershipChanges(MongoTemplate mongoTemplate, ObjectMapper objectMapper,
                                                    MeterRegistry meters, Clock clock) {
        return new ParkedMembershipChanges(mongoTemplate.getCollection(ParkedMembershipChanges.COLLECTION),
                objectMapper.copy(), meters, clock);
    }

    @Bean
    ReviewMembershipHealthIndicator reviewMembershipHealthIndicator(ParkedMembershipChanges parked,
                                                                    EventProcessingConfiguration processing) {
        return new ReviewMembershipHealthIndicator(parked, processing);
    }

    @Bean
    ReviewStreamMigration reviewStreamMigration(EventStore eventStore, MongoTemplate mongoTemplate) {
        return new ReviewStreamMigration(eventStore, mongoTemplate.getDb());
    }

    /**
     * Which of this service's aggregates a caller may know exist: the committee, whose composition every signed-in
     * user reads ({@code GET /committee}), decided on the id alone; and each review the caller may see, by its read
     * model, never by the event store: the ledger asks this while it reports a broken store, where a read of the
     * events would itself be refused; and an institution's calendar (its id is the institution code) to those who
     * read that calendar, by the id alone too. Any other id is unknown.
     */
    @Bean
    AggregateVisibility aggregateVisibility(VisibleReviews reviews) {
        return (caller, aggregateId) -> ValidationCommittee.OF_THE_NETWORK.equals(aggregateId)
                || reviews.visibleTo(caller, aggregateId) || CalendarReaders.visibleCalendar(caller, aggregateId);
    }

    @Bean
    ValidationIntegrationEvents validationIntegrationEvents() {
        return new ValidationIntegrationEvents();
    }
}
