package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;

/**
 * Every fact of the validation service's ledger: about the committee ({@link CommitteeEvent}) or about one of
 * its reviews (ReviewEvent). It names the committee, who did it, in which role, and when. A committee stream
 * written before reviews had streams of their own holds both kinds, so its trail reads this type.
 */
public interface ValidationEvent {

    String committeeId();

    Actor actor();

    Instant occurredAt();
}
