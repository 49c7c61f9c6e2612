package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.Pages;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every list pages the same way: a page of at most {@code limit} items and a link to the next, walked
 * to the end without a repeat or a gap, the last page without a link; a cursor the list did not give
 * out, or a limit out of range, is refused. A list is ordered by what never changes of an item, so a
 * change during a walk neither repeats nor skips it.
 */
class PagingApiTest extends ServiceTestBase {

    @Test
    void theAuditsOfAnInstitutionAreWalkedPageByPageInPlannedDateOrder() {
        ApiClient api = api();
        String institution = "35XY"; // a registered institution no other test of this service audits
        List<String> scheduled = new ArrayList<>();
        for (int month = 5; month >= 1; month--) {
            scheduled.add(0, AuditJourney.schedule(api, clock, AuditJourney.scheduling(clock, institution)
                    .put("plannedDate", AuditJourney.today(clock).plusMonths(month).toString())).auditId);
        }
        assertWalkedInOrder(api, "admin", "/audits?institution=" + institution + "&limit=2", "auditId", scheduled,
                "no repeat, no gap, by planned date");
    }

    @Test
    void whatTheCallerMayNotSeeIsLeftOutBeforePaging() {
        ApiClient api = api();
        String institution = "36XY"; // a registered institution no other test of this service audits
        for (int i = 0; i < 3; i++) {
            AuditJourney.schedule(api, clock, AuditJourney.scheduling(clock, institution));
        }
        String list = "/audits?institution=" + institution + "&limit=1";
        await().atMost(Duration.ofSeconds(20)).until(() -> Pages.all(api, "admin", list).size() == 3);

        Response invisible = api.get("inspector", list);
        assertThat(invisible.status()).isEqualTo(200);
        assertThat(invisible.body().path("items")).isEmpty();
        assertThat(invisible.body().path("next").textValue()).as("no page of nothing after it").isNull();
    }

    @Test
    void anAuditsTrailIsWalkedPageByPageInTheOrderOfItsEvents() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("lead", audit.path("/trail")).status() == 200);

        assertFirstPageHolds(api, "lead", audit.path("/trail?limit=4"), 4);
        assertThat(Pages.values(api, "lead", audit.path("/trail?limit=4"), "sequenceNumber").stream().map(Long::parseLong))
                .containsExactlyElementsOf(LongStream.rangeClosed(0, audit.version).boxed().toList());
    }

    @Test
    void theFollowUpsOfAnInstitutionAreWalkedPageByPageInTheOrderTheyWerePublished() {
        ApiClient api = api();
        String institution = "37XY"; // a registered institution no other test of this service audits
        List<String> followUps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            followUps.add(published(api, AuditJourney.scheduling(clock, institution)).followUpId());
        }
        assertWalkedInOrder(api, "inspector", "/follow-ups?institution=" + institution + "&limit=2", "followUpId",
                followUps, "each published later");
    }

    /** Once the list holds them all, a walk from its first page of two meets each once, in this order. */
    private static void assertWalkedInOrder(ApiClient api, String user, String first, String field, List<String> expected,
                                            String order) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Pages.all(api, user, first).size() == expected.size());
        assertFirstPageHolds(api, user, first, 2);
        assertThat(Pages.values(api, user, first, field)).as(order).containsExactlyElementsOf(expected);
    }

    /**
     * Under a due-date order the first action, reopened with a due date far ahead after its page was read,
     * would come again, and the second, reopened with a due date before the first's, would never come.
     * The institution is 29WT, as only its demo user (roc) reports its actions done, and a reopening needs that.
     */
    @Test
    void anActionReopenedWithANewDueDateDuringAWalkComesOnceAndNoneIsSkipped() {
        ApiClient api = api();
        AuditJourney first = published(api, AuditJourney.scheduling(clock));
        AuditJourney second = published(api, AuditJourney.scheduling(clock));
        for (AuditJourney audit : List.of(first, second)) {
            audit.step("roc", "/follow-ups/" + audit.followUpId() + "/done", ApiClient.json().put("evidence", "Protocol"));
        }
        String list = "/follow-ups?institution=29WT&limit=1";
        await().atMost(Duration.ofSeconds(20)).until(() -> Pages.values(api, "inspector", list, "followUpId"),
                ids -> ids.contains(second.followUpId()));

        List<String> walked = new ArrayList<>();
        String next = list;
        while (!walked.contains(first.followUpId())) {
            Response page = api.get("inspector", next);
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            page.body().path("items").forEach(item -> walked.add(item.path("followUpId").asText()));
            next = page.body().path("next").textValue();
            assertThat(next).as("the first action comes before the end of the list").isNotNull();
        }
        LocalDate today = AuditJourney.today(clock);
        reopened(api, first, today.plusYears(2));
        reopened(api, second, today.plusDays(1));
        walked.addAll(Pages.values(api, "inspector", next, "followUpId"));

        assertThat(walked).as("every action once").doesNotHaveDuplicates().contains(first.followUpId(), second.followUpId());
    }

    @Test
    void aCursorTheListDidNotGiveOutAndALimitOutOfRangeAreRefused() {
        ApiClient api = api();
        Response foreign = api.get("admin", "/audits?after=not*a*cursor!");
        assertThat(foreign.status()).as(foreign.raw()).isEqualTo(400);
        assertThat(foreign.isProblem()).isTrue();
        assertThat(foreign.text("code")).isEqualTo("invalid-cursor");

        for (String limit : List.of("0", "201", "-1", "many", "1.5")) {
            Response refused = api.get("admin", "/follow-ups?limit=" + limit);
            assertThat(refused.status()).as(limit + ": " + refused.raw()).isEqualTo(400);
            assertThat(refused.text("code")).as(limit).isEqualTo("invalid-request");
        }
    }

    private AuditJourney published(ApiClient api, ObjectNode scheduling) {
        return AuditJourney.schedule(api, clock, scheduling).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().finalised().published();
    }

    /** Reopened by the lead with {@code newDueDate}, and so read back, before the walk goes on. */
    private static void reopened(ApiClient api, AuditJourney audit, LocalDate newDueDate) {
        audit.step("lead", "/follow-ups/" + audit.followUpId() + "/reopening",
                ApiClient.json().put("reason", "Nog niet geborgd").put("newDueDate", newDueDate.toString()));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("lead", audit.path("")).body().path("followUps"),
                followUps -> followUps.path(0).path("dueDate").asText().equals(newDueDate.toString()));
    }

    /** The first page holds {@code limit} items and links to the next. */
    private static void assertFirstPageHolds(ApiClient api, String user, String first, int limit) {
        Response page = api.get(user, first);
        assertThat(page.body().path("items")).as(page.raw()).hasSize(limit);
        assertThat(page.body().path("next").asText()).as(page.raw()).contains("after=", "limit=" + limit);
    }
}
