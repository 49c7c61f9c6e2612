package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.LedgerTampering;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.bson.Document;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit page says whether the audit's commits verify, and names the break when they do not; a page that would
 * read the broken history (the trail) answers 503 {@code ledger-integrity} as the API does. The store is broken on
 * purpose here, so the service runs on a database of its own and its context is closed after the test.
 */
@TestPropertySource(properties = "spring.data.mongodb.database=audit-page-tampering")
@DirtiesContext
class AuditVerificationPageTest extends ServiceTestBase {

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private MongoDatabaseFactory databases;

    @Test
    void theAuditPageNamesABreakInItsCommitsAndServesNoHistoryOfThem() throws Exception {
        AuditPagesTest.Browser browser = new AuditPagesTest.Browser(
                MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit();
        AuditPagesTest.caughtUp(api(), audit);
        String page = "/ui/audits/" + audit.auditId;
        assertThat(browser.page("admin", page).select("section[aria-labelledby=verification-title] .badge.ok").text())
                .isEqualTo("klopt");

        LedgerTampering ledger = new LedgerTampering(databases.getMongoDatabase());
        long altered = ledger.positionsOf(audit.auditId).get(2);
        Document original = ledger.at(altered);
        ledger.alterOneCharacter(altered);
        try {
            var broken = browser.page("admin", page).select("section[aria-labelledby=verification-title] .problem");
            assertThat(broken.attr("role")).isEqualTo("alert");
            assertThat(broken.text()).contains("klopt niet", "ALTERED", "positie " + altered)
                    .doesNotContain(audit.auditId);

            MockHttpServletResponse history = browser.perform("lead", get(page)).getResponse();
            assertThat(history.getStatus()).as("the trail is read from the broken store").isEqualTo(503);
            assertThat(Jsoup.parse(history.getContentAsString(StandardCharsets.UTF_8)).select(".problem")
                    .attr("data-code")).isEqualTo("ledger-integrity");
        } finally {
            MongoCollection<Document> commits = databases.getMongoDatabase().getCollection("ledger_commits");
            commits.replaceOne(Filters.eq("_id", altered), original);
        }
    }
}
