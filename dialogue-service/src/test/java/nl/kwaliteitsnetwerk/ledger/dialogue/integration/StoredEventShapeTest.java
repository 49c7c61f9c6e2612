package nl.kwaliteitsnetwerk.ledger.dialogue.integration;

import nl.kwaliteitsnetwerk.ledger.testsupport.StoredEventShapeTestBase;

/** Pins the stored form of every dialogue, peer-review and panel-review event. */
class StoredEventShapeTest extends StoredEventShapeTestBase {

    StoredEventShapeTest() {
        super(EveryEvent.ofEachKind(), EveryEvent.KINDS);
    }
}
