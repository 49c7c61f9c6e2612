package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static nl.kwaliteitsnetwerk.ledger.audit.command.HistoricCase.*;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

/**
 * The final report of an investigation of the inspectorate sets the term of follow-up supervision: four years
 * from the day it was finalised unless given, never longer, and only after a sufficient outcome; a network audit sets
 * none.
 */
class SupervisionTermTest extends AuditRuleTest {

    @Test
    void anInvestigationsFinalReportSetsTheRegularFourYearTermFromItsDay() {
        accepted(HistoricCase.conceptIssued(), finalise(FINALISED_ON, null),
                finalised(FINALISED_ON, new SupervisionTerm(4, FINALISED_ON, FINALISED_ON.plusYears(4))));
    }

    @Test
    void aShorterTermIsRecorded() {
        accepted(HistoricCase.conceptIssued(), finalise(FINALISED_ON, 2),
                finalised(FINALISED_ON, new SupervisionTerm(2, FINALISED_ON, FINALISED_ON.plusYears(2))));
    }

    @Test
    void aTermLongerThanTheRegularOneIsRefused() {
        refused(HistoricCase.conceptIssued(), finalise(FINALISED_ON, 5), AuditRule.SUPERVISION_TERM);
    }

    @Test
    void aTermOfNoYearsIsRefused() {
        refused(HistoricCase.conceptIssued(), finalise(FINALISED_ON, 0), AuditRule.SUPERVISION_TERM);
    }

    @Test
    void anInsufficientOutcomeSetsNoTermAndRefusesOne() {
        List<Object> insufficient = HistoricCase.conceptIssued().stream()
                .map(event -> event instanceof OverallJudgementRecorded overall
                        ? new OverallJudgementRecorded(overall.auditId(), overall.judgementId(), "ONVOLDOENDE",
                        overall.rationale(), overall.framework(), null, null, overall.actor(), overall.occurredAt(),
                        overall.occurredOn())
                        : event)
                .toList();
        refused(insufficient, finalise(FINALISED_ON, 4), AuditRule.SUPERVISION_TERM);
        fixture.given(insufficient).when(finalise(FINALISED_ON, null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof ReportFinalised finalised && finalised.supervisionTerm() == null),
                        andNoMore())));
    }

    @Test
    void aNetworkAuditSetsNoTerm() {
        List<Object> concept = AuditFixtures.conceptIssued();
        clock.set(DEADLINE.plusSeconds(1));
        refused(concept, new FinaliseReport(AUDIT, "Eindrapport", CONCEPT_DIGEST, LEAD, null, null, 4),
                AuditRule.SUPERVISION_TERM);
    }
}
