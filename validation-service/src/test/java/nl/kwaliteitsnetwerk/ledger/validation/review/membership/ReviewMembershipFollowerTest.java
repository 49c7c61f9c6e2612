package nl.kwaliteitsnetwerk.ledger.validation.review.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.MembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ApplyMembershipChange;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewMembershipChanged;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionCatalog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.composeIfNeeded;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.council;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The race a review's opening runs with a change of membership: the chair's opening read the committee at version
 * N-1, a change N was stored, and only then the opening. The follower meets the change first (no such review yet)
 * and the opening after; it catches the review up with the change then, once: a redelivery changes nothing.
 */
@Order(Integer.MAX_VALUE - 1)
class ReviewMembershipFollowerTest extends ServiceTestBase {

    private static final String COMMITTEE = ValidationCommittee.OF_THE_NETWORK;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EventStore eventStore;

    @Autowired
    CommandGateway commands;

    @Test
    void aReviewOpenedFromTheCommitteeBeforeAChangeButStoredAfterItStillGetsTheChangeOnce() throws Exception {
        ApiClient api = api();
        composeIfNeeded(api, clock);
        long read = eventStore.lastSequenceNumberFor(COMMITTEE).orElseThrow();
        var committee = api.get("inspector", "/committee").body();
        List<CommitteeMember> membersRead = Arrays.asList(JSON.treeToValue(committee.path("members"), CommitteeMember[].class));
        String leaving = membersRead.stream().map(CommitteeMember::userId)
                .filter(userId -> !List.of("vc-chair", "committee", "vc-2", "vc-3", "vc-4", "vc-5").contains(userId))
                .findFirst().orElse("vc-4");
        String joining = "vc-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> dates = committee.path("membershipChanges").findValuesAsText("effectiveOn");
        var change = ApiClient.json().put("leavingUserId", leaving).put("reason", "Wisseling")
                .put("effectiveOn", dates.isEmpty() ? committee.path("composedFrom").asText() : dates.get(dates.size() - 1));
        change.set("joining", council(joining, "39XY"));
        assertThat(api.post("admin", "/committee/membership-changes", change).status()).isEqualTo(200);

        String reviewId = "review-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>(ValidationReview.class.getSimpleName(), reviewId, 0,
                new ValidationReviewOpened(COMMITTEE, reviewId, "Geopend voor de wisseling", List.of(new ReportUnderReview(
                        "audit-1", "AUDIT", "25LH", "INSTITUTIONAL", Instant.parse("2027-06-01T10:00:00Z"), null)),
                        "kwaliteitsnetwerk-validatievragen", "2025", ValidationQuestionCatalog.shipped()
                        .find("kwaliteitsnetwerk-validatievragen", "2025").orElseThrow().questions(), membersRead,
                        committee.path("chairUserId").asText(), read, Actor.of("vc-chair", Role.VALIDATION_COMMITTEE),
                        clock.instant())));

        await().atMost(Duration.ofSeconds(30)).until(() -> eventStore.lastSequenceNumberFor(reviewId).orElse(0L) == 1);
        DomainEventMessage<?> caughtUp = eventStore.readEvents(reviewId, 1).asStream().findFirst().orElseThrow();
        assertThat(caughtUp.getPayload()).isInstanceOfSatisfying(ReviewMembershipChanged.class, applied -> {
            assertThat(applied.committeeSequence()).isEqualTo(read + 1);
            assertThat(applied.leavingUserId()).isEqualTo(leaving);
            assertThat(applied.joining().userId()).isEqualTo(joining);
        });

        Object version = commands.sendAndWait(new ApplyMembershipChange(reviewId, read + 1,
                (MembershipChanged) eventStore.readEvents(COMMITTEE, read + 1).asStream().findFirst().orElseThrow().getPayload(),
                null));
        assertThat(version).as("a redelivery changes nothing").isEqualTo(1L);
        assertThat(eventStore.lastSequenceNumberFor(reviewId)).hasValue(1L);
    }
}
