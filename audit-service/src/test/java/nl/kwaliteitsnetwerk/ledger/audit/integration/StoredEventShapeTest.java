package nl.kwaliteitsnetwerk.ledger.audit.integration;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures;
import nl.kwaliteitsnetwerk.ledger.testsupport.StoredEventShapeTestBase;

/** Pins the stored form of every audit event. */
class StoredEventShapeTest extends StoredEventShapeTestBase {

    StoredEventShapeTest() {
        super(AuditFixtures.oneOfEachEvent(), AuditEvent.class.getPermittedSubclasses().length);
    }
}
