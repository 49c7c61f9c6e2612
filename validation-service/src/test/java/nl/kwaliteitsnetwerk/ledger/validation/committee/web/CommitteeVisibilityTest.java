package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeComposed;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures.composed;
import static nl.kwaliteitsnetwerk.ledger.validation.committee.web.CommitteeController.COMMITTEE;
import static org.assertj.core.api.Assertions.assertThat;

/** The service's one AggregateVisibility: the committee, once composed, is known to everyone; nothing else is. */
class CommitteeVisibilityTest {

    private static final List<Caller> EVERYONE = List.of(new Caller("inspector", Set.of(Role.INSPECTORATE), null),
            new Caller("roc", Set.of(Role.INSTITUTION), "29WT"), new Caller("admin", Set.of(Role.ADMINISTRATOR), null),
            new Caller("vc-2", Set.of(Role.VALIDATION_COMMITTEE), null));

    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CommitteeVisibility visibility = new CommitteeVisibility(events);

    @AfterEach
    void stop() {
        events.shutDown();
    }

    @Test
    void theComposedCommitteeIsKnownToEveryoneSignedIn() {
        EVERYONE.forEach(caller -> assertThat(visibility.visibleTo(caller, COMMITTEE)).as("before it is composed").isFalse());
        CommitteeComposed composition = (CommitteeComposed) composed().get(0);
        events.publish(new GenericDomainEventMessage<>("ValidationCommittee", COMMITTEE, 0, composition));

        EVERYONE.forEach(caller -> assertThat(visibility.visibleTo(caller, COMMITTEE)).as(caller.userId()).isTrue());
    }

    @Test
    void anyOtherIdIsUnknownToEveryone() {
        events.publish(new GenericDomainEventMessage<>("ValidationCommittee", COMMITTEE, 0, composed().get(0)));
        for (Caller caller : EVERYONE) {
            assertThat(visibility.visibleTo(caller, "review-2027")).as(caller.userId()).isFalse();
            assertThat(visibility.visibleTo(caller, "audit-1")).as(caller.userId()).isFalse();
        }
    }
}
