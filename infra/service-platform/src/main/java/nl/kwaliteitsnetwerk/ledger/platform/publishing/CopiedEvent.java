package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import org.axonframework.messaging.Message;

/**
 * An event a service copied from one stream of its ledger into another (a stream split by a migration): a new
 * commit, but no new fact. Its original was published and told on the public feed when it was first stored, so
 * the copy is neither published again nor told again; the feed still reads it, to know what the new stream has
 * already disclosed.
 */
public final class CopiedEvent {

    /** The metadata key that marks a copy: the id of the aggregate whose stream holds the original. */
    public static final String MIGRATED_FROM = "migratedFrom";

    private CopiedEvent() {
    }

    public static boolean isCopy(Message<?> message) {
        return message.getMetaData().containsKey(MIGRATED_FROM);
    }
}
