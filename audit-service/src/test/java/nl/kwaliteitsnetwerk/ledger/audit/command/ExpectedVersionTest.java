package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.FindingKind;
import nl.kwaliteitsnetwerk.ledger.audit.api.RecordFinding;
import nl.kwaliteitsnetwerk.ledger.audit.api.SiteVisitStarted;
import nl.kwaliteitsnetwerk.ledger.audit.api.StartSiteVisit;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;

/** A command acts only on the version its sender saw; one who may not see the audit learns no version at all. */
class ExpectedVersionTest extends AuditRuleTest {

    @Test
    void aCommandOnTheVersionItsSenderSawIsAccepted() {
        List<Object> history = intakeHeld();
        accepted(history, new StartSiteVisit(AUDIT, LEAD, (long) history.size() - 1), new SiteVisitStarted(AUDIT, LEAD, NOW));
    }

    @Test
    void aCommandOnAnEarlierVersionIsAConflictAndRecordsNothing() {
        fixture.given(intakeHeld()).when(new StartSiteVisit(AUDIT, LEAD, 1L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void aStaleVersionFromOneWhoMayNotSeeTheAuditIsAnsweredAsIfTheAuditDidNotExist() {
        answeredAsUnknown(onSiteVisit(), new RecordFinding(AUDIT, "f1", "KS1", FindingKind.STRENGTH, "tekst", EVIDENCE,
                OUTSIDE_AUDITOR, 0L));
    }
}
