package nl.kwaliteitsnetwerk.ledger.audit.command;

import java.util.List;

/**
 * A part of an audit with a lifecycle of its own (a finding, a comment, a follow-up action). Equal to another
 * part of its kind in the same state: Axon's fixture compares the audit a command left with the audit its
 * events rebuild, and so compares each part by what it holds, never by identity.
 */
abstract class AuditPart {

    /** Everything the part holds, in a fixed order. */
    abstract List<Object> state();

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && state().equals(((AuditPart) other).state());
    }

    @Override
    public final int hashCode() {
        return state().hashCode();
    }
}
