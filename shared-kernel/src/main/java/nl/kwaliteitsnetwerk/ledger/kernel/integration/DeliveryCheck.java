package nl.kwaliteitsnetwerk.ledger.kernel.integration;

import java.util.HashMap;
import java.util.Map;

/**
 * What a consumer of integration events keeps per aggregate to tell, for each delivery, whether it
 * is the next fact, a duplicate, or one that comes after a gap. Because producers publish in order
 * per aggregate, the sequence number is enough to recognise a redelivery; the event id names it.
 * A consumer applies {@link Verdict#NEXT}, skips {@link Verdict#DUPLICATE}, and must not apply
 * {@link Verdict#GAP}: it waits for (or fetches) what is missing.
 */
public final class DeliveryCheck {

    public enum Verdict { NEXT, DUPLICATE, GAP }

    private final Map<String, Long> lastApplied = new HashMap<>();

    /** Judges {@code event} and, when it is the next one, records it as applied. */
    public Verdict offer(IntegrationEvent event) {
        Verdict verdict = judge(event);
        if (verdict == Verdict.NEXT) {
            lastApplied.put(key(event), event.sequenceNumber());
        }
        return verdict;
    }

    /** Judges {@code event} without recording it. */
    public Verdict judge(IntegrationEvent event) {
        long expected = lastApplied.getOrDefault(key(event), -1L) + 1;
        if (event.sequenceNumber() < expected) {
            return Verdict.DUPLICATE;
        }
        return event.sequenceNumber() == expected ? Verdict.NEXT : Verdict.GAP;
    }

    /** The sequence number last applied for an aggregate, or -1 when none. */
    public long lastApplied(String aggregateType, String aggregateId) {
        return lastApplied.getOrDefault(aggregateType + "/" + aggregateId, -1L);
    }

    private static String key(IntegrationEvent event) {
        return event.aggregateType() + "/" + event.aggregateId();
    }
}
