package nl.kwaliteitsnetwerk.ledger.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Approvals bound to content, through the API: the finalisation and the board's reaction each cite the digest of
 * the report version they approve, an approval on another digest is refused as stale content, and an erratum after
 * them shows both as stale in the audit's view, naming the erratum.
 */
class ReportApprovalApiTest extends ServiceTestBase {

    private static final String REACTION = "Het bestuur herkent zich in het rapport en pakt het verbeterpunt op.";

    @Test
    void finaliseReactErratumAndBothApprovalsShowStaleWithTheErratumNamed() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit()
                .findingsOnEveryStandard().everyStandardJudged().visitClosed().conceptIssued();
        String conceptDigest = audit.reportDigest();
        assertThat(conceptDigest).matches("[0-9a-f]{64}");

        clock.advance(Duration.ofDays(15));
        ApiClient.Response wrong = api.post("lead", audit.path("/final-report"), ApiClient.json()
                .put("reportText", "Eindrapport").put("approvedDigest", "0".repeat(64)));
        assertThat(wrong.status()).as(wrong.raw()).isEqualTo(409);
        assertThat(wrong.text("code")).isEqualTo("stale-content");
        ApiClient.Response unbound = api.post("lead", audit.path("/final-report"),
                ApiClient.json().put("reportText", "Eindrapport"));
        assertThat(unbound.status()).as("an approval cites what it approves").isEqualTo(400);

        audit.step("lead", "/final-report", ApiClient.json().put("reportText", "Eindrapport")
                .put("approvedDigest", conceptDigest));
        String finalDigest = audit.reportDigest();
        assertThat(finalDigest).isNotEqualTo(conceptDigest);
        audit.step("roc", "/board-reaction", ApiClient.json().put("reaction", REACTION).put("approvedDigest", finalDigest));

        JsonNode before = caughtUp(api, audit).path("reportVersions");
        assertThat(before.path("approvals")).hasSize(2).allSatisfy(a -> assertThat(a.path("stale").asBoolean()).isFalse());

        ApiClient.Response erratum = api.post("lead", audit.path("/errata"), ApiClient.json()
                .put("correction", "Pagina 3: KS5 in plaats van KS4").put("reason", "Verschrijving"));
        assertThat(erratum.status()).as(erratum.raw()).isEqualTo(200);
        String erratumId = erratum.text("createdId");
        audit.version = erratum.body().path("version").asLong();

        JsonNode versions = caughtUp(api, audit).path("reportVersions");
        JsonNode corrected = versions.path("versions").get(2);
        assertThat(corrected.path("version").asText()).isEqualTo("erratum-" + erratumId);
        assertThat(corrected.path("supersedesDigest").asText()).isEqualTo(finalDigest);
        assertThat(versions.path("currentDigest").asText()).isEqualTo(corrected.path("reportDigest").asText())
                .isNotEqualTo(finalDigest);
        JsonNode approvals = versions.path("approvals");
        assertThat(approvals).extracting(a -> a.path("what").asText()).containsExactly("final-report", "board-reaction");
        assertThat(approvals.get(0).path("approvedDigest").asText()).isEqualTo(conceptDigest);
        assertThat(approvals.get(0).path("approvedBy").path("userId").asText()).isEqualTo("lead");
        assertThat(approvals.get(1).path("approvedDigest").asText()).isEqualTo(finalDigest);
        assertThat(approvals.get(1).path("text").asText()).isEqualTo(REACTION);
        assertThat(approvals).allSatisfy(approval -> {
            assertThat(approval.path("stale").asBoolean()).isTrue();
            assertThat(approval.path("madeStaleBy").path("erratumId").asText()).isEqualTo(erratumId);
        });

        ApiClient.Response stale = api.post("roc", audit.path("/board-reaction"),
                ApiClient.json().put("reaction", REACTION).put("approvedDigest", finalDigest));
        assertThat(stale.status()).as(stale.raw()).isEqualTo(409);
        assertThat(stale.text("code")).isEqualTo("stale-content");
        audit.step("roc", "/board-reaction", ApiClient.json().put("reaction", REACTION)
                .put("approvedDigest", versions.path("currentDigest").asText()));
        assertThat(caughtUp(api, audit).path("reportVersions").path("approvals").get(2).path("stale").asBoolean()).isFalse();
    }

    private static JsonNode caughtUp(ApiClient api, AuditJourney audit) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get("lead", audit.path("")),
                read -> read.status() == 200 && read.body().path("version").asLong() >= audit.version).body();
    }
}
