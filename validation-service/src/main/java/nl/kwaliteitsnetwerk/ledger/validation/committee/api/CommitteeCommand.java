package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * A command on the composed committee: who gives it, and the version of the committee they last saw (null
 * for whatever it is now). The committee compares that version itself, after it has decided that the one
 * acting may see what the command is about.
 */
public interface CommitteeCommand {

    String committeeId();

    Actor actor();

    Long expectedVersion();
}
