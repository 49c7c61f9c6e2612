package nl.kwaliteitsnetwerk.ledger.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicDisclosure;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFactTypes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public record of an audit report: business dates, version digests and approvals made stale by a later version. */
class AuditReportRecordTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private ObjectNode state = PublicDisclosure.initialState();
    private long sequence;

    @Test
    void anErratumAfterPublicationMakesTheApprovalsBeforeItStaleInThePublicRecord() {
        disclose("audit.site-visit-started", JSON.objectNode().put("occurredOn", "2022-09-28"));
        disclose("audit.report-finalised", JSON.objectNode().put("reportDigest", "aa").put("approvedDigest", "c1")
                .put("occurredOn", "2022-11-15"));
        disclose("audit.board-reaction-recorded", JSON.objectNode().put("reaction", "Een mooi resultaat!")
                .put("approvedDigest", "aa"));
        List<PublicFact> published = disclose("audit.summary-published", JSON.objectNode().put("summary", "Voldoende")
                .put("occurredOn", "2022-12-01"));

        JsonNode record = body(published, PublicFactTypes.AUDIT_REPORT_RECORD);
        assertThat(record.at("/processDates/visitStartedOn").asText()).isEqualTo("2022-09-28");
        assertThat(record.at("/processDates/publishedOn").asText()).isEqualTo("2022-12-01");
        assertThat(record.at("/approvals/0/stale").asBoolean()).as("finalising stands on the version it made").isFalse();
        assertThat(record.toString()).as("the concept's digest stays confidential").doesNotContain("c1");
        assertThat(record.at("/approvals/1/stale").asBoolean()).as("the board reacted to the current version").isFalse();
        assertThat(body(published, PublicFactTypes.AUDIT_BOARD_REACTED).path("reaction").asText()).isEqualTo("Een mooi resultaat!");

        List<PublicFact> corrected = disclose("audit.erratum-issued", JSON.objectNode().put("reportDigest", "bb")
                .put("supersedesDigest", "aa").put("correction", "confidential text").put("reason", "typo"));
        JsonNode after = body(corrected, PublicFactTypes.AUDIT_REPORT_RECORD);
        assertThat(after.path("reportDigest").asText()).isEqualTo("bb");
        assertThat(after.path("versions")).extracting(JsonNode::asText).containsExactly("aa", "bb");
        assertThat(after.at("/approvals/1/approval").asText()).isEqualTo("board-reaction");
        assertThat(after.at("/approvals/0/stale").asBoolean()).isTrue();
        assertThat(after.at("/approvals/1/stale").asBoolean()).isTrue();
        assertThat(after.toString()).doesNotContain("confidential text").doesNotContain("typo");
    }

    @Test
    void aCorrectedBusinessDateMovesThePublicProcessDate() {
        disclose("audit.site-visit-started", JSON.objectNode().put("occurredOn", "2022-09-27"));
        disclose("audit.summary-published", JSON.objectNode().put("summary", "s"));
        List<PublicFact> told = disclose("audit.business-date-corrected", JSON.objectNode().put("step", "SITE_VISIT")
                .put("previousDate", "2022-09-27").put("correctedDate", "2022-09-28").put("reason", "typed a day early"));
        assertThat(body(told, PublicFactTypes.AUDIT_REPORT_RECORD).at("/processDates/visitStartedOn").asText())
                .isEqualTo("2022-09-28");
    }

    private List<PublicFact> disclose(String type, ObjectNode payload) {
        IntegrationEvent event = new IntegrationEvent(1, "e-" + sequence, type, 1, "audit", "audit-1", sequence++,
                "29WT", Instant.parse("2026-11-30T10:00:00Z"), Actor.of("someone", Role.LEAD_AUDITOR), payload);
        PublicDisclosure.Outcome outcome = PublicDisclosure.disclose(state, event);
        state = outcome.state();
        return new ArrayList<>(outcome.facts());
    }

    private static JsonNode body(List<PublicFact> facts, String type) {
        return facts.stream().filter(f -> f.factType().equals(type)).reduce((a, b) -> b).orElseThrow().body();
    }
}
