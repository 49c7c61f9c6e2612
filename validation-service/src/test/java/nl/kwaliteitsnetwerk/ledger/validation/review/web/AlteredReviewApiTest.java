package nl.kwaliteitsnetwerk.ledger.validation.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeMember;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.ValidationCommittee;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReportUnderReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReportContent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewConcluded;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ValidationReviewOpened;
import nl.kwaliteitsnetwerk.ledger.validation.review.command.ValidationReview;
import nl.kwaliteitsnetwerk.ledger.validation.review.questions.ValidationQuestionCatalog;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.composeIfNeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A review whose stored validation report does not hash to the digest stored beside it (appended to its stream as
 * it would stand had its content been changed, the ledger's own hashes intact) is a break: nothing of it is served
 * and the board's reaction citing the old digest is refused, both 503 {@code ledger-integrity}, naming no review.
 * On a database of its own, as its store holds a broken review on purpose.
 */
@TestPropertySource(properties = {"spring.data.mongodb.database=altered-validation-report",
        "qal.trail.group-id=altered-validation-report"})
@DirtiesContext
@Order(Integer.MAX_VALUE)
class AlteredReviewApiTest extends ServiceTestBase {

    private static final String SET = "kwaliteitsnetwerk-validatievragen";
    private static final Actor CHAIR = Actor.of("vc-chair", Role.VALIDATION_COMMITTEE);
    private static final ReportUnderReview REPORT = new ReportUnderReview("audit-1", "AUDIT", "25LH", "INSTITUTIONAL",
            Instant.parse("2027-06-01T10:00:00Z"), null);

    @Autowired
    EventStore eventStore;

    @Test
    void aReviewWhoseValidationReportWasAlteredIsNeitherServedNorChanged() throws Exception {
        ApiClient api = api();
        composeIfNeeded(api, clock);
        String reviewId = "review-" + UUID.randomUUID();
        ValidationReportContent original = new ValidationReportContent(reviewId, "Gewijzigd", SET, "2025",
                List.of(new ValidationReportContent.ReportContent(REPORT.reportId(), "AUDIT", null)), List.of(),
                "De methode is goed toegepast.");
        ValidationReportContent altered = new ValidationReportContent(reviewId, "Gewijzigd", SET, "2025",
                original.reports(), List.of(), "Een andere conclusie");
        append(reviewId, 0, opening(reviewId));
        append(reviewId, 1, new ValidationReviewConcluded(ValidationCommittee.OF_THE_NETWORK, reviewId,
                altered.conclusion(), altered, original.digest(), CHAIR, clock.instant()));

        Response read = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("board", "/validation-reviews/" + reviewId),
                // the view has both events, or serves nothing of the review (a problem has no version)
                response -> response.status() != 404 && response.body().path("version").asLong(1) >= 1);
        assertThat(read.status()).as(read.raw()).isEqualTo(503);
        assertThat(read.text("code")).isEqualTo("ledger-integrity");
        assertThat(read.text("detail")).as("names no review beyond the path asked for").doesNotContain(reviewId);
        assertThat(api.get("vc-2", "/validation-reviews/" + reviewId + "/trail").status()).isEqualTo(503);

        Response reaction = api.post("board", "/validation-reviews/" + reviewId + "/board-reaction",
                ApiClient.json().put("text", "Akkoord").put("approvedDigest", original.digest()));
        assertThat(reaction.status()).as(reaction.raw()).isEqualTo(503);
        assertThat(reaction.text("code")).isEqualTo("ledger-integrity");
        assertThat(eventStore.lastSequenceNumberFor(reviewId)).as("nothing appended").hasValue(1L);
        assertThat(api.get("inspector", "/validation-reviews/" + reviewId).status())
                .as("one who may not see it learns nothing of it").isEqualTo(404);
    }

    private void append(String reviewId, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>(ValidationReview.class.getSimpleName(), reviewId, sequence, event));
    }

    private ValidationReviewOpened opening(String reviewId) throws Exception {
        String committeeId = ValidationCommittee.OF_THE_NETWORK;
        JsonNode committee = api().get("inspector", "/committee").body();
        List<CommitteeMember> members = Arrays.asList(new ObjectMapper().treeToValue(committee.path("members"),
                CommitteeMember[].class));
        return new ValidationReviewOpened(committeeId, reviewId, "Gewijzigd", List.of(REPORT), SET, "2025",
                ValidationQuestionCatalog.shipped().find(SET, "2025").orElseThrow().questions(), members,
                committee.path("chairUserId").asText(), eventStore.lastSequenceNumberFor(committeeId).orElseThrow(), CHAIR,
                clock.instant());
    }
}
