package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.PageSession;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor's workspace, over real HTTP with a browser's session and CSRF token: its forms send the API's own
 * commands (what they record is what {@code GET /audits/{id}} shows), refuse what the API refuses with the API's
 * status and code (no CSRF token, a stale version, an invalid field, a role that may not), keep what the user typed,
 * and take an audit from scheduling to its published summary and follow-up through the pages alone.
 */
class AuditWorkspaceFormsTest extends ServiceTestBase {

    private static final Pattern SAVED_VERSION = Pattern.compile("\\((?:versie|version) (\\d+)\\)");

    /** A signed-in browser session per demo user. */
    private final Map<String, PageSession> sessions = new HashMap<>();

    @Test
    void aFindingAndAJudgementRecordedThroughTheFormsAppearInTheAuditTheApiShows() throws Exception {
        Walk walk = Walk.of(this, AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit());
        Document page = walk.page("auditor");
        Element findingForm = form(page, "/findings");
        assertThat(findingForm.select("input[name=version]").val()).isEqualTo(String.valueOf(walk.version));
        findingForm.select("input, select, textarea").not("[type=hidden]").forEach(input ->
                assertThat(findingForm.select("label[for=" + input.id() + "]")).as(input.attr("name")).isNotEmpty());
        assertThat(findingForm.select("input[name=occurredOn]").attr("type")).isEqualTo("date");
        assertThat(page.select("form[action$=/team]")).as("no administrator's form for an auditor").isEmpty();
        assertThat(page.select("form[action$=/intake]")).as("no lead auditor's form for an auditor").isEmpty();
        assertWellFormed(walk.raw("auditor"));
        Document english = Jsoup.parse(session("auditor").get(walk.path("") + "?lang=en").html());
        assertThat(english.select("#workspace-title").text()).isEqualTo("Workspace");
        assertThat(form(english, "/findings").select("button[type=submit]").text()).isEqualTo("Record the finding");

        walk.post("auditor", "/findings", finding("KS2", "Het team zag de examencommissie"));
        assertThat(form(walk.page("lead"), "/judgements").select("select[name=value] option").eachAttr("value"))
                .as("the framework's scale").contains("1", "2", "3", "4", "5");
        walk.post("lead", "/judgements", Map.of("standardCode", "KS2", "value", "3", "rationale", "Integraal systeem"));

        JsonNode read = walk.read();
        JsonNode finding = read.path("findings").get(0);
        assertThat(finding.path("text").asText()).isEqualTo("Het team zag de examencommissie");
        assertThat(finding.path("kind").asText()).isEqualTo("IMPROVEMENT_POINT");
        assertThat(finding.path("evidence")).hasSize(2);
        assertThat(finding.path("evidence").get(1).path("reference").asText()).isEqualTo("verslag bezoek");
        assertThat(finding.path("recordedBy").path("userId").asText()).isEqualTo("auditor");
        assertThat(read.path("judgements").path("KS2").path("value").asText()).isEqualTo("3");
        assertThat(read.path("judgements").path("KS2").path("judgedBy").path("role").asText())
                .isEqualTo("LEAD_AUDITOR");
        assertWellFormed(walk.raw("lead"));
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() {
        Walk walk = Walk.of(this, AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit());
        Map<String, String> fields = new LinkedHashMap<>(finding("KS1", "Zonder token"));
        fields.put("version", String.valueOf(walk.version));
        walk.page("auditor");
        assertThat(session("auditor").postRaw(walk.path("/findings"), fields).status()).isEqualTo(403);
        assertThat(walk.read().path("findings")).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedVisiblyAndWhatWasTypedIsKept() {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit();
        Walk walk = Walk.of(this, audit);
        Element shown = form(walk.page("auditor"), "/findings");
        audit.step("lead", "/findings", AuditJourney.finding("KS1"));

        PageSession.Response refused = walk.submit("auditor", shown, finding("KS2", "Getypt op een oude pagina"));
        assertThat(refused.status()).isEqualTo(409);
        Document page = Jsoup.parse(refused.html());
        assertThat(page.select(".problem[data-code=stale-version]").text())
                .contains("iemand anders heeft dit intussen gewijzigd");
        Element form = form(page, "/findings");
        assertThat(form.parent().hasAttr("open")).as("the failed form is open").isTrue();
        assertThat(form.select("textarea[name=text]").text()).isEqualTo("Getypt op een oude pagina");
        assertThat(form.select("select[name=kind] option[selected]").val()).isEqualTo("IMPROVEMENT_POINT");
        assertThat(form.select("input[name='evidence[1].reference']").val()).isEqualTo("verslag bezoek");
        assertThat(session("auditor").get(walk.path("/findings")).location()).as("reloading: the audit's page")
                .endsWith("/ui/audits/" + audit.auditId);
        walk.version = audit.version;
        assertThat(walk.read().path("findings")).as("only the lead auditor's finding").hasSize(1);
    }

    @Test
    void invalidInputIsRefusedWithTheFieldAtFault() {
        AuditJourney audit = AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit();
        Walk walk = Walk.of(this, audit);
        Element finding = form(walk.page("auditor"), "/findings");
        PageSession.Response empty = walk.submit("auditor", finding, finding("KS1", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.html()).select(".problem[data-code=invalid-request] li code").eachText())
                .contains("text");

        Element judging = form(walk.page("lead"), "/judgements");
        PageSession.Response notADate = walk.submit("lead", judging, Map.of("standardCode", "KS1", "value", "3",
                "rationale", "Integraal", "occurredOn", "gisteren"));
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.html()).contains("occurredOn");

        PageSession.Response offScale = walk.submit("lead", judging, Map.of("standardCode", "KS1", "value", "11",
                "rationale", "Integraal"));
        ApiClient.Response sameThroughTheApi = api().post("lead", audit.path("/judgements"), ApiClient.json()
                .put("standardCode", "KS1").put("value", "11").put("rationale", "Integraal"));
        assertThat(offScale.status()).as("a rule of the audit, answered as the API answers it")
                .isEqualTo(sameThroughTheApi.status());
        assertThat(offScale.html()).contains(sameThroughTheApi.text("code"));
    }

    @Test
    void aRoleThatMayNotIsRefusedAndIsNotOfferedTheForm() {
        Walk walk = Walk.of(this, AuditJourney.schedule(api(), clock).teamAssigned().intakeHeld().onSiteVisit());
        Element finding = form(walk.page("auditor"), "/findings");
        walk.page("roc");
        assertThat(walk.submit("roc", finding, finding("KS1", "De instelling zelf")).status()).isEqualTo(403);
        assertThat(session("auditor").post(walk.path("/team"), Map.of("version", String.valueOf(walk.version),
                "leadAuditor.userId", "auditor")).status()).isEqualTo(403);
        session("other-roc").get("/ui");
        assertThat(session("other-roc").post(walk.path("/comments"), Map.of("version", String.valueOf(walk.version),
                "text", "Niet de onze")).status()).as("an audit the caller may not see does not exist").isEqualTo(404);
        assertThat(session("auditor").get("/ui/audits/new").status()).isEqualTo(403);
        assertThat(walk.page("roc").select("#workspace form")).as("nothing for the institution during the visit")
                .isEmpty();
        assertThat(walk.read().path("findings")).isEmpty();
    }

    @Test
    void anAuditGoesFromSchedulingToItsPublishedSummaryThroughThePagesAlone() {
        PageSession admin = session("admin");
        Document scheduling = Jsoup.parse(admin.get("/ui/audits/new").html());
        assertThat(scheduling.select("select[name=institutionCode] option[value=29WT]")).isNotEmpty();
        String framework = scheduling.select("select[name=framework] option").eachAttr("value").stream()
                .filter(v -> v.startsWith("kwaliteitsnetwerk-instellingsaudit@")).findFirst().orElseThrow();
        LocalDate today = AuditJourney.today(clock);
        PageSession.Response scheduled = admin.post("/ui/audits", Map.of("institutionCode", "29WT",
                "kind", "INSTITUTIONAL", "plannedDate", today.plusMonths(3).toString(), "framework", framework));
        assertThat(scheduled.status()).as(scheduled.html()).isEqualTo(303);
        String auditId = scheduled.location().substring(scheduled.location().lastIndexOf('/') + 1);
        Walk walk = new Walk(this, auditId, 0);
        walk.saved("admin", scheduled);

        walk.post("admin", "/team", Map.of("leadAuditor.userId", "lead", "leadAuditor.name", "Lea Lead",
                "leadAuditor.affiliation", "ROC Elders", "leadAuditor.affiliationInstitutionCode", "25LH",
                "auditors[0].userId", "auditor", "auditors[0].name", "Aad Auditor",
                "auditors[0].affiliation", "Kwaliteitsnetwerk mbo"));
        walk.post("lead", "/intake", Map.of("heldOn", today.toString(), "expectations", "Focus op BPV"));
        walk.post("lead", "/site-visit", Map.of());
        for (String standard : AuditJourney.STANDARDS) {
            walk.post("auditor", "/findings", finding(standard, "Bevinding over " + standard));
        }
        for (String standard : AuditJourney.STANDARDS) {
            walk.post("lead", "/judgements", Map.of("standardCode", standard, "value", "3", "rationale", "Integraal"));
        }
        walk.post("lead", "/overall-judgement", Map.of("value", "3", "rationale", "Integraal systeem"));
        walk.post("lead", "/oral-feedback", Map.of("summary", "Dank voor de openheid"));
        walk.post("lead", "/concept-report", Map.of("reportText", "Conceptrapport",
                "commentDeadline", today.plusDays(14).toString()));
        walk.post("roc", "/comments", Map.of("standardCode", "KS1", "text", "Graag nuanceren"));
        walk.post("lead", "/disposition", Map.of("disposition", "NOT_ACCEPTED",
                "explanation", "Het bewijs is eenduidig"));
        clock.advance(Duration.ofDays(16));
        assertThat(form(walk.page("lead"), "/final-report").select("input[name=approvedDigest]").attr("type"))
                .as("the concept's digest, cited from the page").isEqualTo("hidden");
        walk.post("lead", "/final-report", Map.of("reportText", "Eindrapport"));
        assertThat(form(walk.page("lead"), "/publication").select("input[type=date][name^=followUpDueDates]"))
                .as("one improvement point").hasSize(1);
        walk.post("lead", "/publication", Map.of("summary", "Business Marketing Services B.V. heeft een integraal "
                + "kwaliteitssysteem.", "followUpDueDates.p0", AuditJourney.today(clock).plusMonths(6).toString()));
        walk.post("roc", "/board-reaction", Map.of("reaction", "Het bestuur herkent zich in het rapport"));
        walk.post("roc", "/done", Map.of("evidence", "Nieuw BPV-protocol"));
        walk.post("lead", "/acceptance", Map.of("note", "Voldoet"));

        JsonNode published = walk.read();
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("publication").path("summary").asText()).contains("integraal kwaliteitssysteem");
        assertThat(published.path("comments").get(0).path("disposition").asText()).isEqualTo("NOT_ACCEPTED");
        assertThat(published.path("reportVersions").path("approvals")).hasSize(2);
        assertThat(published.path("followUps").get(0).path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(published.path("followUps").get(0).path("findingId").asText())
                .isEqualTo(published.path("finalReport").path("improvementPointIds").get(0).asText());
        assertThat(walk.page("inspector").select("#public-title")).isNotEmpty();
    }

    /**
     * One audit walked through its pages: each step's form is found on the page as its user sees it once the page
     * shows the last step, and posted with the page's own hidden fields (the version, a cited digest) and what the
     * user types; the page it leads to says the new version.
     */
    private static final class Walk {
        private final AuditWorkspaceFormsTest test;
        private final String auditId;
        private long version;

        Walk(AuditWorkspaceFormsTest test, String auditId, long version) {
            this.test = test;
            this.auditId = auditId;
            this.version = version;
        }

        static Walk of(AuditWorkspaceFormsTest test, AuditJourney audit) {
            return new Walk(test, audit.auditId, audit.version);
        }

        /** The audit's page, or the address of one of its steps. */
        String path(String step) {
            return "/ui/audits/" + auditId + step;
        }

        void post(String user, String actionEnd, Map<String, String> typed) {
            PageSession.Response answer = submit(user, form(page(user), actionEnd), typed);
            assertThat(answer.status()).as(actionEnd + ": " + answer.html()).isEqualTo(303);
            saved(user, answer);
        }

        /** Sends {@code form} as its page holds it, with {@code typed} filled in. */
        PageSession.Response submit(String user, Element form, Map<String, String> typed) {
            Map<String, String> fields = new LinkedHashMap<>();
            form.select("input[type=hidden]").forEach(hidden -> fields.put(hidden.attr("name"), hidden.val()));
            fields.putAll(typed);
            return test.session(user).post(form.attr("action"), fields);
        }

        /** Follows a 303 to the audit's page and reads the new version from its message. */
        void saved(String user, PageSession.Response answer) {
            assertThat(answer.location()).endsWith("/ui/audits/" + auditId);
            String shown = test.session(user).get("/ui/audits/" + auditId).html();
            Matcher saved = SAVED_VERSION.matcher(Jsoup.parse(shown).select(".flash").text());
            assertThat(saved.find()).as("the page says what was saved").isTrue();
            version = Long.parseLong(saved.group(1));
        }

        Document page(String user) {
            return Jsoup.parse(raw(user));
        }

        String raw(String user) {
            read();
            PageSession.Response page = test.session(user).get("/ui/audits/" + auditId);
            assertThat(page.status()).isEqualTo(200);
            return page.html();
        }

        /** The audit once it shows the last step, read by its lead auditor (without a team yet: the administrator). */
        JsonNode read() {
            return await().atMost(Duration.ofSeconds(20)).until(this::readAsLeadOrAdministrator,
                    read -> read.status() == 200 && read.body().path("version").asLong() >= version).body();
        }

        private ApiClient.Response readAsLeadOrAdministrator() {
            ApiClient.Response lead = test.api().get("lead", "/audits/" + auditId);
            return lead.status() == 404 ? test.api().get("admin", "/audits/" + auditId) : lead;
        }
    }

    private PageSession session(String user) {
        return sessions.computeIfAbsent(user, name -> PageSession.signedIn(port, name));
    }

    /** A finding as its form posts it: two rows of evidence filled, the third left empty. */
    private static Map<String, String> finding(String standard, String text) {
        String[] namesAndValues = {"standardCode", standard,
                "kind", standard.equals("KS2") ? "IMPROVEMENT_POINT" : "STRENGTH", "text", text,
                "evidence[0].kind", "INTERVIEW", "evidence[0].reference", "team Zorg, docenten",
                "evidence[1].kind", "DOCUMENT", "evidence[1].reference", "verslag bezoek",
                "evidence[2].kind", "", "evidence[2].reference", "", "occurredOn", ""};
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static Element form(Document page, String actionEnd) {
        Element form = page.select("#workspace form[action$='" + actionEnd + "']").first();
        assertThat(form).as("a form posting to ..." + actionEnd).isNotNull();
        return form;
    }

    /** The workspace is well-formed XHTML, as every template must be for the PDF exports. */
    private static void assertWellFormed(String html) throws Exception {
        int start = html.indexOf("<section id=\"workspace\"");
        assertThat(start).as("the workspace is on the page").isNotNegative();
        String workspace = html.substring(start, html.indexOf("</section>", start) + "</section>".length());
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(workspace.getBytes(StandardCharsets.UTF_8)));
    }
}
