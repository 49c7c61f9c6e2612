package nl.kwaliteitsnetwerk.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.kwaliteitsnetwerk.ledger.contracts.Contracts;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicDisclosure;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFact;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFactTypes;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of public fact, made from the payloads the three producers pin (the contracts artifact,
 * {@code contracts/<producer>}), conforms to its JSON Schema inside a feed entry.
 * The services' feed tests check what they publish live; this covers every fact type at once.
 */
class PublicFactSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, List<String>> LIFECYCLES = Map.of(
            "audit-service", List.of("audit.scheduled", "audit.report-finalised", "audit.board-reaction-recorded",
                    "audit.summary-published", "audit.follow-up-opened", "audit.follow-up-reported-done",
                    "audit.follow-up-accepted"),
            "validation-service/supervision", List.of("supervision.supervision-term-set",
                    "supervision.supervision-signal-recorded", "supervision.supervision-term-ended",
                    "supervision.follow-up-overdue"),
            "dialogue-service", List.of("dialogue.dialogue-opened", "dialogue.dialogue-report-finalised",
                    "dialogue.dialogue-report-published", "dialogue.recommendation-adopted",
                    "dialogue.recommendation-declined", "dialogue.agenda-progress-recorded", "dialogue.agenda-item-completed"),
            "dialogue-service/panel", List.of("panel-review.panel-review-scheduled", "panel-review.panel-report-issued",
                    "panel-review.panel-report-published", "panel-review.panel-report-reacted-to"),
            "validation-service", List.of("validation.validation-review-opened", "validation.validation-review-concluded",
                    "validation.board-reaction-recorded", "validation.validation-report-published"));

    @Test
    void everyPublicFactMadeFromThePinnedPayloadsConformsToItsSchema() throws IOException {
        Set<String> told = new HashSet<>();
        for (var lifecycle : LIFECYCLES.entrySet()) {
            ObjectNode state = PublicDisclosure.initialState();
            List<PublicFact> facts = new ArrayList<>();
            for (String type : lifecycle.getValue()) {
                PublicDisclosure.Outcome outcome = PublicDisclosure.disclose(state, event(type, pinned(lifecycle.getKey(), type)));
                state = outcome.state();
                facts.addAll(outcome.facts());
            }
            PublicFeedEntry entry = new PublicFeedEntry(PublicFeedEntry.FEED_VERSION, lifecycle.getKey(), 7,
                    LedgerHash.hex(new byte[32]), LedgerHash.hex(new byte[32]), facts, "c2lnbmF0dXJl");
            assertThat(PublicFeedSchemaCheck.violations(PublicFeedEntry.toJson(entry))).as(lifecycle.getKey()).isEmpty();
            facts.forEach(fact -> told.add(fact.factType()));
        }
        assertThat(told).containsExactlyInAnyOrderElementsOf(PublicFactTypes.ALL);
    }

    /** The schemas admit no field they do not name, so a field that slipped into a fact is caught. */
    @Test
    void aFieldTheSchemaDoesNotNameIsRefused() {
        ObjectNode body = JSON.createObjectNode().put("followUpId", "fu-1").put("standardCode", "KS2")
                .put("dueDate", "2028-01-01").put("status", "OPEN");
        PublicFact fact = new PublicFact(PublicFactTypes.AUDIT_FOLLOW_UP_STATUS, 1, "audit-1", "29WT", "event-1",
                Instant.parse("2027-04-01T09:00:00Z"), body);
        String conforming = PublicFeedEntry.toJson(new PublicFeedEntry(1, "audit-service", 3, LedgerHash.hex(new byte[32]),
                LedgerHash.hex(new byte[32]), List.of(fact), "c2lnbmF0dXJl"));
        assertThat(PublicFeedSchemaCheck.violations(conforming)).isEmpty();

        body.put("description", "Bevinding over KS2");
        String leaking = PublicFeedEntry.toJson(new PublicFeedEntry(1, "audit-service", 3, LedgerHash.hex(new byte[32]),
                LedgerHash.hex(new byte[32]), List.of(fact), "c2lnbmF0dXJl"));
        assertThat(PublicFeedSchemaCheck.violations(leaking)).isNotEmpty();
    }

    /**
     * The supervision calendars' payloads, as validation-service pins them beside its own tests
     * ({@code src/test/resources/supervision-contract}), which this module cannot read.
     */
    private static final Map<String, String> SUPERVISION = Map.of(
            "supervision.supervision-term-set", """
                    {"institutionCode":"29WT","startsOn":"2027-06-01","years":4,"endsOn":"2031-06-01",
                     "reference":"herstelonderzoek","sourceEventId":null}""",
            "supervision.supervision-signal-recorded", """
                    {"institutionCode":"29WT","signalId":"signal-1","signalledOn":"2027-06-01","summary":"Signaal",
                     "previousEndsOn":"2031-06-01","endsOn":"2029-06-01"}""",
            "supervision.supervision-term-ended", """
                    {"institutionCode":"29WT","startsOn":"2027-06-01","endsOn":"2029-06-01","tightenedBySignalId":"signal-1"}""",
            "supervision.follow-up-overdue", """
                    {"institutionCode":"29WT","followUpKey":"audit-1/fu-1","reportId":"audit-1","dueOn":"2027-06-01",
                     "publicReport":true}""");

    /** The payload that the producer of a lifecycle ({@code audit-service}, {@code dialogue-service/panel}) pins for a type. */
    private static JsonNode pinned(String lifecycle, String type) throws IOException {
        if (lifecycle.endsWith("/supervision")) {
            return JSON.readTree(SUPERVISION.get(type));
        }
        String producer = lifecycle.substring(0, lifecycle.indexOf("-service"));
        String payload = Contracts.payloads(producer).get(type);
        assertThat(payload).as("the payload %s pins for %s", producer, type).isNotNull();
        return JSON.readTree(payload);
    }

    private static IntegrationEvent event(String type, JsonNode payload) {
        return new IntegrationEvent(IntegrationEvent.ENVELOPE_VERSION, "event-" + type, type, 1, "Aggregate", "aggregate-1",
                0, "29WT", Instant.parse("2027-04-01T09:00:00Z"), Actor.of("someone", Role.ADMINISTRATOR), payload);
    }
}
