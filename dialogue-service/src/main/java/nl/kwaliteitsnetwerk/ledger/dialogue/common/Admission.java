package nl.kwaliteitsnetwerk.ledger.dialogue.common;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.error.StaleVersion;

import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The first check of every command on a dialogue or review that exists. Someone who may not know it exists
 * (by the same rule its readers are shown it) is answered as for an unknown id, before any rule could tell
 * them what state it is in. Only then is the version they last saw compared with its own, which is why no
 * command leaves that to Axon, who would compare it on loading, before this.
 */
public final class Admission {

    private Admission() {
    }

    /** Call from within a handler (or interceptor) of the aggregate {@code aggregateId}. */
    public static void admit(Access access, String aggregateId, Long expectedVersion) {
        if (!access.visible()) {
            throw RuleViolation.notFound(aggregateId);
        }
        StaleVersion.require(expectedVersion, getVersion());
    }
}
