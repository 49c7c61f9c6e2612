package nl.kwaliteitsnetwerk.ledger.validation.trail.web;

import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents.publishedAudit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The follow-up of the trail pages in the order it was opened, which never changes: a follow-up reopened
 * with a new due date while a client walks the pages is met once, and none is skipped.
 */
class FollowUpPagingApiTest extends ServiceTestBase {

    /**
     * Under a due-date order the first action, reopened with a due date far ahead after its page was read,
     * would come again, and the second, reopened with a due date before the first's, would never come.
     */
    @Test
    void anActionReopenedWithANewDueDateDuringAWalkComesOnceAndNoneIsSkipped() {
        String institution = "FP" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        PublishedEvents first = inTrail(publishedAudit("audit-" + UUID.randomUUID(), institution,
                clock.instant().minus(Duration.ofDays(100)), inDays(60)));
        PublishedEvents second = inTrail(publishedAudit("audit-" + UUID.randomUUID(), institution,
                clock.instant().minus(Duration.ofDays(90)), inDays(90)));
        String list = "/trail/follow-ups?institution=" + institution + "&limit=1";

        Response firstPage = api().get("committee", list);
        assertThat(firstPage.body().path("items").findValuesAsText("reportId")).containsExactly(first.aggregateId());
        List<String> walked = new ArrayList<>(firstPage.body().path("items").findValuesAsText("reportId"));
        reopened(first, inDays(2 * 365));
        reopened(second, inDays(1));
        walked.addAll(Pages.values(api(), "committee", firstPage.body().path("next").asText(), "reportId"));

        assertThat(walked).as("each action once, in the order they were opened")
                .containsExactly(first.aggregateId(), second.aggregateId());
        assertThat(Pages.all(api(), "committee", list)).extracting(line -> line.path("dueDate").asText())
                .as("read with their new due dates").containsExactly(inDays(2 * 365), inDays(1));
    }

    private PublishedEvents inTrail(PublishedEvents audit) {
        audit.send(1);
        awaitInTrail(audit);
        return audit;
    }

    private void reopened(PublishedEvents audit, String newDueDate) {
        int sent = audit.events().size();
        audit.followUpReopened(newDueDate).from(sent).send(1);
        awaitInTrail(audit);
    }

    private void awaitInTrail(PublishedEvents audit) {
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("committee", "/trail/reports/" + audit.aggregateId()),
                r -> r.status() == 200 && r.body().path("entries").size() == audit.events().size());
    }

    private String inDays(int days) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(days).toString();
    }
}
