package nl.kwaliteitsnetwerk.ledger.validation.ui;

import nl.kwaliteitsnetwerk.ledger.testsupport.PageSession;
import nl.kwaliteitsnetwerk.ledger.validation.support.ReviewApiTestBase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static nl.kwaliteitsnetwerk.ledger.validation.support.CommitteeSetup.openReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The overview and an institution's overview, for each reader as the API decides: the committee all final reports,
 * its open work and the reviews; the institution its own reports, follow-up and calendar; the inspectorate the
 * public facts and the calendar; an institution of which a reader may see nothing is not found.
 */
@Order(Integer.MAX_VALUE - 1)
class InstitutionPagesTest extends ReviewApiTestBase {

    @Test
    void theOverviewShowsTheCommitteeItsOpenWorkTheReviewsAndTheInstitutions() {
        String review = openReview(api, "Overzichtsreview", auditId);
        String html = await().atMost(Duration.ofSeconds(20)).until(() -> page("vc-2", "/ui"),
                overview -> overview.contains("Overzichtsreview"));
        assertThat(html).contains("Validatie en instellingen", "Uw openstaande werk", "Overzichtsreview",
                "/ui/reviews/" + review, "validatievragen nog door u te beantwoorden", "/ui/institutions/29WT");
        assertThat(page("admin", "/ui")).as("an administrator is no member: no open work")
                .doesNotContain("Uw openstaande werk");
        String inspector = page("inspector", "/ui");
        assertThat(inspector).doesNotContain("Uw openstaande werk", "Overzichtsreview").contains("/ui/institutions/29WT");
        assertThat(page("vc-2", "/ui?lang=en")).contains("Your open work", "Validation reviews", "Institutions");
    }

    @Test
    void theCommitteeSeesTheInstitutionsReportsFollowUpCalendarAndTheLinksToTheAuditPages() {
        String html = page("committee", "/ui/institutions/29WT");
        assertThat(html).contains("Audits, dialogen, peer reviews en panelreviews", "/ui/reports/" + auditId,
                "http://localhost:8081/ui/audits/" + auditId, "Openstaande vervolgacties", "Bevinding KS2",
                "Toezichtkalender", "Validatiereviews van deze rapporten");
    }

    @Test
    void theInstitutionSeesItsOwnAndTheInspectorateThePublicFactsAndTheCalendar() {
        assertThat(page("roc", "/ui/institutions/29WT")).contains("/ui/reports/" + auditId, "Bevinding KS2",
                "Toezichtkalender");
        String inspector = page("inspector", "/ui/institutions/29WT");
        assertThat(inspector).contains("/ui/reports/" + auditId, "Toezichtkalender");
        assertThat(inspector).doesNotContain("Eindrapport, vertrouwelijk", "Graag nuanceren");
        // another institution reads the public facts of the published report, but not the calendar of 29WT
        assertThat(page("other-roc", "/ui/institutions/29WT")).contains("/ui/reports/" + auditId)
                .doesNotContain("Toezichtkalender");
    }

    @Test
    void anInstitutionOfWhichTheReaderMaySeeNothingIsNotFound() {
        for (String reader : new String[]{"committee", "inspector", "roc", "council"}) {
            PageSession.Response unknown = PageSession.signedIn(port, reader).get("/ui/institutions/98ZZ");
            assertThat(unknown.status()).as(reader).isEqualTo(404);
            assertThat(unknown.html()).contains("not-found");
        }
        assertThat(PageSession.signedIn(port, "committee").get("/ui/institutions/not%20a%20code").status()).isEqualTo(400);
    }

    private String page(String user, String path) {
        PageSession.Response response = PageSession.signedIn(port, user).get(path);
        assertThat(response.status()).as("%s %s: %s", user, path, response.html()).isEqualTo(200);
        return response.html();
    }
}
