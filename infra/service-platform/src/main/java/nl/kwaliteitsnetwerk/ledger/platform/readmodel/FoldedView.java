package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The read model of one aggregate, folded from its events one at a time and stored as a document of its
 * fields (no getters: a view is data). {@code version} is the sequence number of the last event applied, so
 * an event redelivered, or delivered again after a restart, changes nothing; it is also the version a client
 * sends back as If-Match.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class FoldedView {

    /**
     * The name {@code version} is stored under, pinned (a naming strategy does not rename an explicit name):
     * a changed view is written only where the stored document still holds the version it was read at.
     */
    public static final String VERSION = "version";

    @JsonProperty(VERSION)
    public long version = -1;
    public Instant lastChangedAt;

    /**
     * Applies event number {@code sequence}, which occurred at {@code occurredAt}, by {@code change}, unless the view
     * has it already; answers whether it changed the view.
     */
    public final boolean applyOnce(long sequence, Instant occurredAt, Runnable change) {
        if (sequence <= version) {
            return false;
        }
        change.run();
        version = sequence;
        lastChangedAt = occurredAt;
        return true;
    }
}
