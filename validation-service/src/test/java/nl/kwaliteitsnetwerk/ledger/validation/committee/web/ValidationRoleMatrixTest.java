package nl.kwaliteitsnetwerk.ledger.validation.committee.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.OpenApiRoleMatrixTestBase;

import org.junit.jupiter.api.Order;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.composeIfNeeded;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.inTrail;
import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.openReview;
import static nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents.finalDialogue;
import static nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents.publishedAudit;
import static org.awaitility.Awaitility.await;

/**
 * The validation service's role matrix, generated from its OpenAPI document: a review not yet published
 * (the committee's and the board's, an administrator's planning data, hidden from everyone else), a
 * published audit's report and a final dialogue's report in the trail, and the committee itself. It adds to
 * the one committee the tests share, so it runs after the test that composes it (see junit-platform.properties).
 */
@Order(Integer.MAX_VALUE - 1)
class ValidationRoleMatrixTest extends OpenApiRoleMatrixTestBase {

    @Override
    protected List<Subject> subjects() {
        ApiClient api = api();
        composeIfNeeded(api, clock);
        String audit = inTrail(api, publishedAudit("audit-" + UUID.randomUUID(), "29WT",
                clock.instant().minus(Duration.ofDays(100)), "2030-01-01")).aggregateId();
        String dialogue = inTrail(api, finalDialogue("dialogue-" + UUID.randomUUID(), "25LH",
                clock.instant().minus(Duration.ofDays(50)))).aggregateId();
        String review = openReview(api, "Matrix", audit);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("vc-chair", "/validation-reviews/" + review).status() == 200);
        return List.of(new Subject("reviewId", "/validation-reviews/{id}", List.of(review)),
                new Subject("reportId", "/trail/reports/{id}", List.of(audit, dialogue)),
                Subject.anyAggregate("/committee", List.of(CommitteeController.COMMITTEE)));
    }
}
