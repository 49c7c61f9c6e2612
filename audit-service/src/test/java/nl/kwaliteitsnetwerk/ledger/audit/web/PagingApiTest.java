package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient.Response;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every list pages the same way: a page of at most {@code limit} items and a link to the next, walked
 * to the end without a repeat or a gap, the last page without a link; a cursor the list did not give
 * out, or a limit out of range, is refused.
 */
class PagingApiTest extends ServiceTestBase {

    @Test
    void theAuditsOfAnInstitutionAreWalkedPageByPageInPlannedDateOrder() {
        ApiClient api = api();
        String institution = uniqueInstitution();
        List<String> scheduled = new ArrayList<>();
        for (int month = 5; month >= 1; month--) {
            scheduled.add(0, AuditJourney.schedule(api, clock, AuditJourney.scheduling(clock).put("institutionCode", institution)
                    .put("plannedDate", AuditJourney.today(clock).plusMonths(month).toString())).auditId);
        }
        String first = "/audits?institution=" + institution + "&limit=2";
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("admin", "/audits?limit=200&institution=" + institution)
                .body().path("items").size() == scheduled.size());

        List<List<String>> pages = walk(api, "admin", first, "auditId");

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(List::stream).toList()).as("no repeat, no gap, by planned date")
                .containsExactlyElementsOf(scheduled);
    }

    @Test
    void whatTheCallerMayNotSeeIsLeftOutBeforePaging() {
        ApiClient api = api();
        String institution = uniqueInstitution();
        for (int i = 0; i < 3; i++) {
            AuditJourney.schedule(api, clock, AuditJourney.scheduling(clock).put("institutionCode", institution));
        }
        String list = "/audits?institution=" + institution + "&limit=1";
        await().atMost(Duration.ofSeconds(20)).until(() -> walk(api, "admin", list, "auditId").stream()
                .mapToInt(List::size).sum() == 3);

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

        List<List<String>> pages = walk(api, "lead", audit.path("/trail?limit=4"), "sequenceNumber");

        assertThat(pages).extracting(List::size).containsExactly(4, 4, 2);
        assertThat(pages.stream().flatMap(List::stream).map(Long::parseLong).toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(0, audit.version).boxed().toList());
    }

    @Test
    void theFollowUpsOfAnInstitutionAreWalkedPageByPageInDueDateOrder() {
        ApiClient api = api();
        String institution = uniqueInstitution();
        List<String> followUps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            AuditJourney audit = AuditJourney.schedule(api, clock, AuditJourney.scheduling(clock)
                            .put("institutionCode", institution)).teamAssigned().intakeHeld().onSiteVisit()
                    .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued().finalised().published();
            followUps.add(audit.followUpId());
        }
        String first = "/follow-ups?institution=" + institution + "&limit=2";
        await().atMost(Duration.ofSeconds(20)).until(() -> walk(api, "inspector", first, "followUpId").stream()
                .mapToInt(List::size).sum() == followUps.size());

        List<List<String>> pages = walk(api, "inspector", first, "followUpId");

        assertThat(pages).extracting(List::size).containsExactly(2, 1);
        assertThat(pages.stream().flatMap(List::stream).toList()).as("each finalised later, each due later")
                .containsExactlyElementsOf(followUps);
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

    /** The values of {@code field} page by page, following each page's next link until there is none. */
    private static List<List<String>> walk(ApiClient api, String user, String first, String field) {
        List<List<String>> pages = new ArrayList<>();
        String next = first;
        while (next != null) {
            assertThat(pages.size()).as("pages of %s", first).isLessThan(100);
            Response page = api.get(user, next);
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            JsonNode items = page.body().path("items");
            pages.add(IntStream.range(0, items.size()).mapToObj(i -> items.get(i).path(field).asText()).toList());
            next = page.body().path("next").textValue();
        }
        return pages;
    }

    /** An institution code no other test uses, so that its lists hold exactly what this test made. */
    private static String uniqueInstitution() {
        return "PG" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }
}
