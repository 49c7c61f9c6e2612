package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the service knows of its ledger's integrity: the breaks met by any read (an aggregate's load,
 * tracking, the export, signing) and the last whole-store verification. Each break is alarmed once: one
 * ERROR line with its kind and position, one count in {@code qal.ledger.breaks{kind}}; the gauge
 * {@code qal.ledger.intact} is 0 while any is known. A verification that finds the store intact again
 * (after a restore) clears the breaks met on read.
 */
public class LedgerIntegrity {

    private static final Logger log = LoggerFactory.getLogger(LedgerIntegrity.class);

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final AtomicLong reports = new AtomicLong();
    private final MeterRegistry registry;
    private volatile LastVerification lastVerification;

    /** A break met, and the count of reports when it was met (to tell it from breaks met later). */
    private record Known(LedgerBreak broken, long mark) {
    }

    /** The last whole-store verification and when it ran. */
    public record LastVerification(Instant at, LedgerVerifier.Verification result) {
    }

    /** Alarms in the log only; for tools and tests without metrics. */
    public LedgerIntegrity() {
        this(null);
    }

    public LedgerIntegrity(MeterRegistry registry) {
        this.registry = registry;
        if (registry != null) {
            Gauge.builder("qal.ledger.intact", this, integrity -> integrity.intact() ? 1 : 0)
                    .description("1 while the ledger verifies everywhere it was read, 0 once a break is known")
                    .register(registry);
            Gauge.builder("qal.ledger.last.verification", this, integrity -> integrity.lastVerification()
                            .map(last -> last.at().getEpochSecond()).orElse(0L))
                    .description("When the whole ledger was last verified (epoch seconds; 0 before the first time)")
                    .baseUnit("seconds").register(registry);
        }
    }

    /** Alarms the breaks not known yet, and answers the refusal to throw where the first was met. */
    public LedgerIntegrityException refuse(List<LedgerBreak> breaks) {
        breaks.forEach(this::report);
        return new LedgerIntegrityException(breaks.get(0));
    }

    public void report(LedgerBreak broken) {
        if (known.putIfAbsent(broken.key(), new Known(broken, reports.incrementAndGet())) != null) {
            return;
        }
        log.error("ledger break: kind={} position={} aggregate={}: {}", broken.kind(), broken.position(),
                broken.aggregateId(), broken.detail());
        if (registry != null) {
            Counter.builder("qal.ledger.breaks").description("Distinct breaks of the ledger met, by kind")
                    .tag("kind", broken.kind().name().toLowerCase()).register(registry).increment();
        }
    }

    /** Taken before a verification starts, and handed to {@link #verified} with its result. */
    public long mark() {
        return reports.get();
    }

    /**
     * A whole-store verification that started at {@code mark} and found the store intact clears the
     * breaks met before it started; one met while it ran stays known until the next verification.
     */
    public void verified(LedgerVerifier.Verification result, Instant at, long mark) {
        lastVerification = new LastVerification(at, result);
        if (result.intact()) {
            known.values().removeIf(entry -> entry.mark() <= mark);
        } else {
            result.breaks().forEach(this::report);
        }
    }

    public boolean intact() {
        LastVerification last = lastVerification;
        return known.isEmpty() && (last == null || last.result().intact());
    }

    public List<LedgerBreak> knownBreaks() {
        return known.values().stream().map(Known::broken).toList();
    }

    public Optional<LastVerification> lastVerification() {
        return Optional.ofNullable(lastVerification);
    }
}
