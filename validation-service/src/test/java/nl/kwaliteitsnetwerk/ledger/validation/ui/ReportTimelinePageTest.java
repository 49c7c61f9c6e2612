package nl.kwaliteitsnetwerk.ledger.validation.ui;

import nl.kwaliteitsnetwerk.ledger.testsupport.PageSession;
import nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents;
import nl.kwaliteitsnetwerk.ledger.validation.support.ReviewApiTestBase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.inTrail;
import static nl.kwaliteitsnetwerk.ledger.validation.support.PublishedEvents.publishedAudit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A report's trail as a timeline, for each reader as the trail's API decides: the committee and the institution read
 * a final report whole (a corrected finding as before and after with its reason, a comment beside its disposition),
 * the inspectorate only the public facts of a published report with no one named, and a report not final yet is
 * unknown to all but its institution; the as-of control shows the report as it stood then.
 */
@Order(Integer.MAX_VALUE - 1)
class ReportTimelinePageTest extends ReviewApiTestBase {

    /** Index of audit.concept-report-issued among the events of {@link PublishedEvents#publishedAudit}. */
    private static final int CONCEPT = 16;

    @Test
    void theCommitteeReadsTheWholeTrailWithCorrectionsAndDispositionsInDutchByDefault() {
        String html = page("committee", "/ui/reports/" + auditId);
        assertThat(html).contains("lang=\"nl\"", "Verloop", "Bevinding gecorrigeerd", "Reactie op het conceptrapport",
                "Graag nuanceren", "Afhandeling", "overgenomen, met aanpassing", "KS2 genuanceerd",
                "Na opmerking van de instelling", "Eindrapport, vertrouwelijk", "volledig");
        // the corrected finding as before -> after
        String change = html.substring(html.indexOf("class=\"change\""));
        assertThat(change.indexOf("Bevinding KS1<")).isPositive().isLessThan(change.indexOf("Bevinding KS1, genuanceerd"));
        assertThat(html).contains("<span>lead</span>").contains("hoofdauditor");
        // the disposition is shown beside its comment, not once more as a step of its own
        assertThat(html).doesNotContain("data-event=\"audit.comment-disposed\"");
    }

    @Test
    void theInstitutionReadsItsOwnReportWhole() {
        assertThat(page("roc", "/ui/reports/" + auditId)).contains("Graag nuanceren", "Eindrapport, vertrouwelijk");
    }

    @Test
    void theInspectorateReadsOnlyThePublicFactsOfAPublishedReportAndNoNames() {
        String html = page("inspector", "/ui/reports/" + auditId);
        assertThat(html).contains("Publieksversie gepubliceerd", "Integraal kwaliteitssysteem",
                "U ziet de openbare gegevens");
        assertThat(html).doesNotContain("Graag nuanceren", "Eindrapport, vertrouwelijk", "Bevinding KS1",
                "<span>lead</span>", "<span>admin</span>", "<span>roc</span>", "Na opmerking van de instelling");
    }

    @Test
    void aReportNotFinalYetIsUnknownToAllButItsInstitution() {
        PublishedEvents unfinished = publishedAudit("audit-" + UUID.randomUUID(), "29WT",
                clock.instant().minus(Duration.ofDays(10)), "2030-01-01").upTo(CONCEPT + 1).send(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("roc", "/trail/reports/" + unfinished.aggregateId()),
                r -> r.status() == 200 && r.body().path("entries").size() == CONCEPT + 1);
        String path = "/ui/reports/" + unfinished.aggregateId();
        assertThat(page("roc", path)).contains("Conceptrapport uitgebracht");
        for (String outsider : new String[]{"committee", "inspector", "other-roc", "council"}) {
            PageSession.Response refused = PageSession.signedIn(port, outsider).get(path);
            assertThat(refused.status()).as(outsider).isEqualTo(404);
            assertThat(refused.html()).contains("not-found").doesNotContain("Conceptrapport uitgebracht");
        }
    }

    @Test
    void anEarlierAsOfShowsTheReportAtTheConceptAndNothingThatCameAfter() {
        PublishedEvents audit = inTrail(api, publishedAudit("audit-" + UUID.randomUUID(), "29WT",
                clock.instant().minus(Duration.ofDays(200)), "2030-01-01"));
        String atTheConcept = audit.at(CONCEPT).toString();
        String html = page("committee", "/ui/reports/" + audit.aggregateId() + "?asOf=" + atTheConcept);
        assertThat(html).contains("Conceptrapport uitgebracht", "Standaard beoordeeld", "value=\""
                + atTheConcept.substring(0, 19) + "\"");
        assertThat(html).doesNotContain("Reactie op het conceptrapport", "Bevinding KS1, genuanceerd",
                "Definitief rapport vastgesteld", "Publieksversie gepubliceerd");
        assertThat(page("committee", "/ui/reports/" + audit.aggregateId())).contains("Definitief rapport vastgesteld");
    }

    @Test
    void theAsOfControlIsALabelledGetFormAndAnHtmxRequestGetsOnlyTheTimeline() {
        String path = "/ui/reports/" + auditId;
        String html = page("committee", path);
        assertThat(html).contains("<form method=\"get\"", "<label for=\"asOf\"", "id=\"asOf\" name=\"asOf\"",
                "hx-target=\"#timeline\"");
        String part = new HtmxSession(port, "committee").get(path + "?asOf=" + clock.instant());
        assertThat(part).startsWith("<section id=\"timeline\"").contains("Definitief rapport vastgesteld")
                .doesNotContain("<header", "<form");
    }

    @Test
    void aMalformedAsOfIsRefusedAsTheApiRefusesIt() {
        PageSession.Response refused = PageSession.signedIn(port, "committee").get("/ui/reports/" + auditId + "?asOf=gisteren");
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void theTimelineReadsInEnglishWithLangEn() {
        assertThat(page("committee", "/ui/reports/" + auditId + "?lang=en")).contains("lang=\"en\"", "Trail",
                "Finding corrected", "accepted, with a change", "Disposition");
    }

    private String page(String user, String path) {
        PageSession.Response response = PageSession.signedIn(port, user).get(path);
        assertThat(response.status()).as("%s %s: %s", user, path, response.html()).isEqualTo(200);
        return response.html();
    }
}
