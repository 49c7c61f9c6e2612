package nl.kwaliteitsnetwerk.ledger.kernel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck.Verdict;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryCheckTest {

    private final DeliveryCheck check = new DeliveryCheck();

    static IntegrationEvent event(String aggregate, long sequence) {
        return new IntegrationEvent(1, aggregate + "-" + sequence, "audit.test", 1, "Audit", aggregate, sequence, "29WT",
                Instant.parse("2027-01-01T00:00:00Z"), Actor.of("lead", Role.LEAD_AUDITOR), JsonNodeFactory.instance.objectNode());
    }

    @Test
    void eventsInOrderAreEachTheNext() {
        assertEachAnswered(Verdict.NEXT, event("a", 0), event("a", 1), event("b", 0));
        assertThat(check.lastApplied("Audit", "a")).isEqualTo(1);
    }

    @Test
    void aRedeliveryIsADuplicate() {
        check.offer(event("a", 0));
        check.offer(event("a", 1));
        assertEachAnswered(Verdict.DUPLICATE, event("a", 0), event("a", 1));
        assertThat(check.lastApplied("Audit", "a")).isEqualTo(1);
    }

    @Test
    void aSkippedSequenceNumberIsAGapAndIsNotApplied() {
        check.offer(event("a", 0));
        assertEachAnswered(Verdict.GAP, event("a", 2));
        assertThat(check.lastApplied("Audit", "a")).isZero();
        assertEachAnswered(Verdict.NEXT, event("a", 1), event("a", 2));
    }

    @Test
    void theFirstEventOfAnAggregateMustBeNumberZero() {
        assertEachAnswered(Verdict.GAP, event("a", 3));
    }

    /** Each event, offered in turn, is answered {@code verdict}. */
    private void assertEachAnswered(Verdict verdict, IntegrationEvent... events) {
        for (IntegrationEvent event : events) {
            assertThat(check.offer(event)).as(event.eventId()).isEqualTo(verdict);
        }
    }
}
