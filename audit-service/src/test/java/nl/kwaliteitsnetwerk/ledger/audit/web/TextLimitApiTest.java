package nl.kwaliteitsnetwerk.ledger.audit.web;

import nl.kwaliteitsnetwerk.ledger.audit.support.AuditJourney;
import nl.kwaliteitsnetwerk.ledger.kernel.text.TextLimits;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every text has a maximum length: one character more is refused with the field named, nothing stored. */
class TextLimitApiTest extends ServiceTestBase {

    @Test
    void aTextOneCharacterOverTheLimitIsRefusedAndOneAtTheLimitIsStored() {
        ApiClient api = api();
        AuditJourney audit = AuditJourney.schedule(api, clock).teamAssigned().intakeHeld().onSiteVisit();
        String path = "/audits/" + audit.auditId + "/findings";

        ApiClient.Response tooLong = api.post("auditor", path,
                AuditJourney.finding("KS1").put("text", "a".repeat(TextLimits.MAX_LENGTH + 1)));
        assertThat(tooLong.status()).as(tooLong.raw()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.text("code")).isEqualTo("text-too-long");
        assertThat(tooLong.text("field")).isEqualTo("text");
        assertThat(tooLong.raw()).doesNotContain("aaaa");

        ApiClient.Response atLimit = api.post("auditor", path,
                AuditJourney.finding("KS1").put("text", "a".repeat(TextLimits.MAX_LENGTH)));
        assertThat(atLimit.status()).as(atLimit.raw()).isEqualTo(200);
        String verification = "/ledger/aggregates/" + audit.auditId + "/verification";
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("admin", verification).status() == 200);
        assertThat(api.get("admin", verification).body().path("commitsChecked").asLong())
                .as("the refused one appended nothing").isEqualTo(atLimit.body().path("version").asLong() + 1);
    }
}
