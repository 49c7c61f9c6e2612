package nl.kwaliteitsnetwerk.ledger.validation.integration;

import nl.kwaliteitsnetwerk.ledger.testsupport.StoredEventShapeTestBase;
import nl.kwaliteitsnetwerk.ledger.validation.committee.api.CommitteeEvent;
import nl.kwaliteitsnetwerk.ledger.validation.review.api.ReviewEvent;

/** Pins the stored form of every event of the validation committee and of its reviews. */
class StoredEventShapeTest extends StoredEventShapeTestBase {

    StoredEventShapeTest() {
        super(ValidationEvents.oneOfEach(),
                CommitteeEvent.class.getPermittedSubclasses().length + ReviewEvent.class.getPermittedSubclasses().length);
    }
}
