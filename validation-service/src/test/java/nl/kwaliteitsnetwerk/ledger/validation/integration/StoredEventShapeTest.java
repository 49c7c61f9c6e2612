package nl.kwaliteitsnetwerk.ledger.validation.integration;

import nl.kwaliteitsnetwerk.ledger.testsupport.StoredEventShapeTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import nl.kwaliteitsnetwerk.ledger.validation.committee.command.CommitteeFixtures;

/** Pins the stored form of every event of the validation committee. */
class StoredEventShapeTest extends StoredEventShapeTestBase {

    StoredEventShapeTest() {
        super(CommitteeFixtures.oneOfEachEvent(), CommitteeEvent.class.getPermittedSubclasses().length);
    }
}
