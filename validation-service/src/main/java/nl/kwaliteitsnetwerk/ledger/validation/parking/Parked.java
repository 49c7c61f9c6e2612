package nl.kwaliteitsnetwerk.ledger.validation.parking;

import java.time.Instant;

/** Something the service could not process and set aside for people to look at: by its id, since when. */
public interface Parked {

    String id();

    Instant parkedAt();
}
