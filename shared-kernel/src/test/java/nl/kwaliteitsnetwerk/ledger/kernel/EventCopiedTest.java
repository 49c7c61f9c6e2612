package nl.kwaliteitsnetwerk.ledger.kernel;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.DeliveryCheck;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.EventCopied;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EventCopiedTest {

    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void aCopyIsTypedByItsProducerAndNamesItsOriginalAsAConsumerReadsIt() {
        EventCopied copied = new EventCopied("validation.validation-review-opened", "ValidationCommittee",
                "validatiecommissie", 7L, "event-7");
        IntegrationEvent event = envelope(0, EventCopied.typeFor("validation.validation-review-opened"), copied);

        IntegrationEvent read = IntegrationEventCodec.fromJson(IntegrationEventCodec.toJson(event));

        assertThat(read.eventType()).isEqualTo("validation.event-copied");
        assertThat(EventCopied.isCopy(read)).isTrue();
        assertThat(EventCopied.of(read)).isEqualTo(copied);
        assertThat(read.payload().fieldNames()).toIterable()
                .containsExactly("eventType", "aggregateType", "aggregateId", "sequenceNumber", "eventId");
    }

    /** The reason a copy is published at all: the new stream on the topic has no hole where the copies are. */
    @Test
    void copiesKeepTheNewStreamFreeOfGaps() {
        DeliveryCheck check = new DeliveryCheck();
        EventCopied copied = new EventCopied("validation.validation-review-opened", "ValidationCommittee", "c", 3L, "e");
        assertThat(check.offer(envelope(0, "validation.event-copied", copied))).isEqualTo(DeliveryCheck.Verdict.NEXT);
        assertThat(check.offer(envelope(1, "validation.event-copied", copied))).isEqualTo(DeliveryCheck.Verdict.NEXT);
        assertThat(check.offer(envelope(2, "validation.validation-question-answered", copied)))
                .isEqualTo(DeliveryCheck.Verdict.NEXT);
    }

    private static IntegrationEvent envelope(long sequence, String type, EventCopied copied) {
        return new IntegrationEvent(IntegrationEvent.ENVELOPE_VERSION, "copy-" + sequence, type, EventCopied.SCHEMA_VERSION,
                "ValidationReview", "review-1", sequence, null, AT, Actor.of("vc-chair", Role.VALIDATION_COMMITTEE),
                copied.toPayload());
    }
}
