package nl.kwaliteitsnetwerk.ledger.kernel;

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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the supervision calendar makes public: the term's dates, and overdue follow-up of published reports only. */
class SupervisionDisclosureTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void aTermIsPublicWithItsDatesButNotItsSourceOrTheSignalsContent() {
        List<PublicFact> set = disclose("supervision.supervision-term-set", JSON.objectNode().put("startsOn", "2022-11-24")
                .put("years", 4).put("endsOn", "2026-11-24").put("reference", "herstelonderzoek BM Services"));
        assertThat(set).singleElement().satisfies(fact -> {
            assertThat(fact.factType()).isEqualTo(PublicFactTypes.SUPERVISION_TERM);
            assertThat(fact.body().path("years").asInt()).isEqualTo(4);
            assertThat(fact.body().toString()).doesNotContain("herstelonderzoek");
        });
        List<PublicFact> tightened = disclose("supervision.supervision-signal-recorded", JSON.objectNode()
                .put("signalledOn", "2024-03-01").put("previousEndsOn", "2026-11-24").put("endsOn", "2025-06-01")
                .put("summary", "klachten van studenten over examinering").put("signalId", "s-1"));
        assertThat(tightened).singleElement().satisfies(fact -> {
            assertThat(fact.body().path("status").asText()).isEqualTo("TIGHTENED");
            assertThat(fact.body().toString()).doesNotContain("klachten").doesNotContain("s-1");
        });
    }

    @Test
    void anOverdueFollowUpIsPublicOnlyWhenItsReportIs() {
        ObjectNode overdue = JSON.objectNode().put("followUpKey", "audit-1/fu-1").put("reportId", "audit-1").put("dueOn", "2027-06-01");
        assertThat(disclose("supervision.follow-up-overdue", overdue.deepCopy().put("publicReport", false))).isEmpty();
        assertThat(disclose("supervision.follow-up-overdue", overdue.deepCopy().put("publicReport", true)))
                .extracting(PublicFact::factType).containsExactly(PublicFactTypes.SUPERVISION_FOLLOW_UP_OVERDUE);
    }

    private static List<PublicFact> disclose(String type, ObjectNode payload) {
        IntegrationEvent event = new IntegrationEvent(1, "e-" + type, type, 1, "supervision-calendar", "29WT", 0,
                "29WT", Instant.parse("2026-11-30T10:00:00Z"), Actor.of("inspector", Role.INSPECTORATE), payload);
        return PublicDisclosure.disclose(PublicDisclosure.initialState(), event).facts();
    }
}
