package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The reading pages answer every reader as the API does (the same view, the same disclosure): the audits each may
 * see, an audit in full to its team, its public part to the inspectorate, a 404 to another institution before
 * publication; the trail as a timeline with before -> after of a correction and its reason; the as-of control.
 */
class AuditPagesTest extends ServiceTestBase {

    private static final List<String> DEMO_USERS = List.of("admin", "lead", "auditor", "auditor2", "roc", "other-roc",
            "council", "committee", "inspector", "chair", "guide", "panelist", "vc-chair", "board");

    @Autowired
    private WebApplicationContext context;

    private Browser browser;

    @BeforeEach
    void browser() {
        browser = new Browser(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
    }

    @Test
    void theOverviewAndTheInstitutionPageListWhatEachReaderMaySee() throws Exception {
        AuditJourney audit = AuditJourney.schedule(api(), clock, AuditJourney.scheduling(clock, "39XY")).teamAssigned();
        caughtUp(audit);

        Document lead = browser.page("lead", "/ui");
        assertThat(lead.select("a[href='/ui/audits/" + audit.auditId + "']")).isNotEmpty();
        assertThat(lead.select("h2#institution-39XY").text()).contains("Demo-instelling 39XY");
        assertThat(lead.select("h1").text()).isEqualTo("Audits");
        assertThat(browser.page("other-roc", "/ui").select("a[href='/ui/audits/" + audit.auditId + "']")).isEmpty();

        Document institution = browser.page("lead", "/ui/institutions/39XY");
        assertThat(institution.select("h1").text()).contains("Demo-instelling 39XY");
        assertThat(institution.select("a[href='/ui/audits/" + audit.auditId + "']")).isNotEmpty();
        assertThat(institution.select("a[href='http://localhost:8083/ui/institutions/39XY']")).isNotEmpty();
        assertThat(browser.status("other-roc", "/ui/institutions/39XY")).as("nothing of it to see").isEqualTo(404);
        assertThat(browser.status("lead", "/ui/institutions/38XY")).as("no audit at all").isEqualTo(404);
        assertThat(browser.status("lead", "/ui/institutions/NOPE")).as("not in the register").isEqualTo(404);
    }

    @Test
    void theAuditPageShowsEachReaderWhatTheApiShowsThem() throws Exception {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued();
        caughtUp(audit);
        String page = "/ui/audits/" + audit.auditId;

        assertThat(browser.status("inspector", page)).as("not published: nothing public").isEqualTo(404);
        assertThat(browser.status("other-roc", page)).isEqualTo(404);
        Document planning = browser.page("admin", page);
        assertThat(planning.text()).contains("U ziet de planning van deze audit").doesNotContain("Bevinding over KS1");
        assertThat(planning.select("section[aria-labelledby=timeline-title]")).as("no trail for planning data").isEmpty();

        audit.commentedOn().commentDisposed().finalised().published();
        caughtUp(audit);

        Document lead = browser.page("lead", page);
        assertThat(lead.select("h1").text()).isEqualTo("Audit van Business Marketing Services B.V.");
        assertThat(lead.select("#findings-title + table").text()).contains("Bevinding over KS1", "Bevinding over KS2");
        assertThat(lead.select("#report #versions-title")).isNotEmpty();
        assertThat(lead.select(".timeline > li")).hasSizeGreaterThan(20);
        assertThat(lead.select("section[aria-labelledby=verification-title] .badge.ok").text()).isEqualTo("klopt");
        Element comment = lead.select(".timeline > li").stream()
                .filter(li -> li.text().contains("Reactie op het conceptrapport")).findFirst().orElseThrow();
        assertThat(comment.text()).as("the comment beside its disposition")
                .contains("Graag nuanceren", "overgenomen, rapport aangepast", "KS2 genuanceerd");

        Document inspector = browser.page("inspector", page);
        assertThat(inspector.select("#report").text()).contains("heeft een integraal kwaliteitssysteem")
                .doesNotContain("Bevinding over KS1", "Conceptrapport");
        assertThat(inspector.select(".timeline")).as("the trail is not public").isEmpty();
        Element proof = inspector.select("[data-proof-panel]").first();
        assertThat(proof).as("the public part's proof, for the browser to check").isNotNull();
        JsonNode proven = new ObjectMapper().readTree(proof.select("script[type=application/json]").first().data());
        assertThat(proven.path("document").asText()).isEqualTo("ledger-proof");
        assertThat(proven.path("record").path("kind").asText()).isEqualTo("audit-public-summary");
        assertThat(proven.path("record").path("id").asText()).isEqualTo(audit.auditId);
        assertThat(browser.page("other-roc", page).select("#public-title")).isNotEmpty();
        assertThat(browser.page("committee", page).select("#findings-title")).as("final: the committee reads all")
                .isNotEmpty();

        Document english = browser.page("lead", page + "?lang=en");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h1").text()).isEqualTo("Audit of Business Marketing Services B.V.");
        assertThat(english.select("#findings-title").text()).isEqualTo("Findings");
        assertThat(english.select("#timeline-title").text()).startsWith("Trail");
    }

    @Test
    void everyDemoUserGetsThePageOfTheShapeAndStatusTheApiGivesThem() throws Exception {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued();
        caughtUp(audit);
        assertEveryUserSeesWhatTheApiShows(audit);
        audit.finalised().published();
        caughtUp(audit);
        assertEveryUserSeesWhatTheApiShows(audit);
    }

    private void assertEveryUserSeesWhatTheApiShows(AuditJourney audit) throws Exception {
        for (String user : DEMO_USERS) {
            ApiClient.Response read = api().get(user, audit.path(""));
            MvcResult page = browser.perform(user, get("/ui/audits/" + audit.auditId));
            assertThat(page.getResponse().getStatus()).as(user).isEqualTo(read.status());
            if (read.status() == 200) {
                Document shown = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
                assertThat(shown.select("#findings-title").isEmpty()).as(user + " findings")
                        .isEqualTo(!read.body().has("findings"));
                assertThat(shown.select("#public-title, #publication-title").isEmpty()).as(user + " publication")
                        .isEqualTo(!read.body().has("publicSummary") && !read.body().hasNonNull("publication"));
                assertThat(shown.select(".timeline").isEmpty()).as(user + " trail")
                        .isEqualTo(api().get(user, audit.path("/trail")).status() != 200);
            }
        }
    }

    @Test
    void theTimelineShowsACorrectionAndARevisionAsBeforeAndAfterWithTheirReason() throws Exception {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard();
        var correction = AuditJourney.finding("KS2").put("text", "Bevinding over KS2, herzien na het gesprek")
                .put("reason", "Het verkeerde team genoemd");
        audit.step("auditor", "/findings/" + audit.findingIds.get("KS2") + "/corrections", correction);
        audit.step("lead", "/judgements", ApiClient.json().put("standardCode", "KS1").put("value", "3")
                .put("rationale", "Integraal"));
        audit.step("lead", "/judgements", ApiClient.json().put("standardCode", "KS1").put("value", "2")
                .put("rationale", "In ontwikkeling").put("revisionReason", "Nieuwe documenten gezien"));
        caughtUp(audit);

        Document page = browser.page("auditor", "/ui/audits/" + audit.auditId);
        Element corrected = moment(page, "Bevinding gecorrigeerd");
        assertThat(corrected.select(".change .before").text()).isEqualTo("KS2 · IMPROVEMENT_POINT · Bevinding over KS2");
        assertThat(corrected.select(".change > div").last().text())
                .endsWith("KS2 · IMPROVEMENT_POINT · Bevinding over KS2, herzien na het gesprek");
        assertThat(corrected.text()).contains("Reden: Het verkeerde team genoemd", "auditor (auditor)");
        Element revised = page.select(".timeline > li").stream()
                .filter(li -> li.text().contains("Standaard beoordeeld") && !li.select(".change").isEmpty())
                .findFirst().orElseThrow();
        assertThat(revised.select(".change .before").text()).isEqualTo("KS1: 3 · Integraal");
        assertThat(revised.text()).contains("KS1: 2 · In ontwikkeling", "Reden: Nieuwe documenten gezien",
                "lead (hoofdauditor)");
    }

    @Test
    void theAsOfControlShowsTheConceptAsItStoodAndSwapsOnlyTheReportForHtmx() throws Exception {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued();
        caughtUp(audit);
        Instant conceptStood = clock.instant();
        audit.finalised();
        caughtUp(audit);
        String page = "/ui/audits/" + audit.auditId;

        Document now = browser.page("committee", page);
        assertThat(now.select("#final-title")).isNotEmpty();
        Document then = browser.page("committee", page + "?asOf=" + conceptStood);
        assertThat(then.select("#report #concept-title")).isNotEmpty();
        assertThat(then.select("#report #final-title")).as("not final yet then").isEmpty();
        assertThat(then.select("#report .badge").first().text()).isEqualTo("conceptrapport uitgebracht");
        assertThat(then.select("form[hx-get] label[for=asOf]")).isNotEmpty();
        assertThat(then.select("input#asOf").attr("type")).isEqualTo("datetime-local");

        MvcResult fragment = browser.perform("committee", get(page).param("asOf", conceptStood.toString())
                .header("HX-Request", "true"));
        String html = fragment.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html.strip()).startsWith("<section id=\"report\"");
        assertThat(html).contains("concept-title").doesNotContain("<header", "final-title");
        assertThat(fragment.getResponse().getHeader("Vary")).contains("HX-Request");

        assertThat(browser.status("committee", page + "?asOf=yesterday")).isEqualTo(400);
    }

    @Test
    void theDateTimeControlIsReadInUtcAndADayAsItsEnd() {
        assertThat(AuditPages.instant("2026-03-01T12:00:05")).isEqualTo(Instant.parse("2026-03-01T12:00:05Z"));
        assertThat(AuditPages.instant("2026-03-01T12:00:05Z")).isEqualTo(Instant.parse("2026-03-01T12:00:05Z"));
        assertThat(AuditPages.instant("2026-03-01T13:00:05+01:00")).isEqualTo(Instant.parse("2026-03-01T12:00:05Z"));
        assertThat(AuditPages.instant("2026-03-01")).isEqualTo(Instant.parse("2026-03-01T23:59:59.999999999Z"));
        assertThat(AuditPages.instant(" ")).isNull();
    }

    private static Element moment(Document page, String what) {
        return page.select(".timeline > li").stream().filter(li -> li.text().contains(what)).findFirst().orElseThrow();
    }

    private void caughtUp(AuditJourney audit) {
        caughtUp(api(), audit);
    }

    /** Waits until the read model holds the audit's last step, as its lead auditor reads it. */
    static void caughtUp(ApiClient api, AuditJourney audit) {
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("lead", audit.path("")),
                read -> read.status() == 200 && read.body().path("version").asLong() >= audit.version);
    }

    /** A browser per demo user: signed in once through the login form, its session kept. */
    static final class Browser {
        private final MockMvc mvc;
        private final Map<String, MockHttpSession> sessions = new HashMap<>();

        Browser(MockMvc mvc) {
            this.mvc = mvc;
        }

        MvcResult perform(String user, MockHttpServletRequestBuilder request) throws Exception {
            return mvc.perform(request.session(session(user))).andReturn();
        }

        int status(String user, String path) throws Exception {
            return perform(user, get(path)).getResponse().getStatus();
        }

        Document page(String user, String path) throws Exception {
            MvcResult result = perform(user, get(path));
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }

        private MockHttpSession session(String user) throws Exception {
            MockHttpSession session = sessions.get(user);
            if (session == null) {
                session = (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", user)
                                .param("password", user)).andExpect(redirectedUrl("/ui"))
                        .andReturn().getRequest().getSession(false);
                sessions.put(user, session);
            }
            return session;
        }
    }
}
