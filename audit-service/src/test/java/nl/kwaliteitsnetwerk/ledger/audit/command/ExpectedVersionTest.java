package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.testsupport.ExpectedVersionRuleTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;

/**
 * A command acts only on the version its sender saw, compared by the audit itself once it has decided the
 * sender may see it: one who may not learns no version at all, and a version behind or ahead is stale.
 */
class ExpectedVersionTest extends ExpectedVersionRuleTest<Audit> {

    /** Administrators see every audit's planning data, so the version is what refuses them here. */
    ExpectedVersionTest() {
        super(AuditFixtures.fixture(AuditFixtures.clock()), Audit.class,
                new Stage(onSiteVisit(), ADMIN, OUTSIDE_AUDITOR, command -> ((AuditCommand) command).auditId()),
                (who, version) -> new AssignAuditTeam(AUDIT, null, null, who, version),
                (who, version) -> new RecordIntake(AUDIT, null, null, who, version),
                (who, version) -> new StartSiteVisit(AUDIT, who, version),
                (who, version) -> new RecordFinding(AUDIT, null, null, null, null, null, who, version),
                (who, version) -> new CorrectFinding(AUDIT, null, null, null, null, null, null, who, version),
                (who, version) -> new RetractFinding(AUDIT, null, null, who, version),
                (who, version) -> new JudgeStandard(AUDIT, null, null, null, null, who, version, null),
                (who, version) -> new RecordOverallJudgement(AUDIT, null, null, null, who, version, null),
                (who, version) -> new GiveOralFeedback(AUDIT, null, who, version, null),
                (who, version) -> new IssueConceptReport(AUDIT, null, null, who, version, null),
                (who, version) -> new ReopenAudit(AUDIT, null, who, version, null),
                (who, version) -> new CommentOnConcept(AUDIT, null, null, null, who, version, null),
                (who, version) -> new DisposeComment(AUDIT, null, null, null, who, version, null),
                (who, version) -> new FinaliseReport(AUDIT, null, null, who, version, null, null),
                (who, version) -> new RecordBoardReaction(AUDIT, null, null, who, version),
                (who, version) -> new IssueErratum(AUDIT, null, null, null, who, version, null),
                (who, version) -> new PublishSummary(AUDIT, null, null, who, version, null),
                (who, version) -> new ReportFollowUpDone(AUDIT, null, null, who, version),
                (who, version) -> new AcceptFollowUp(AUDIT, null, null, who, version),
                (who, version) -> new ReopenFollowUp(AUDIT, null, null, null, who, version),
                (who, version) -> new CorrectBusinessDate(AUDIT, null, null, null, who, version),
                (who, version) -> new CarryOverJudgement(AUDIT, null, null, null, who, version, null));
    }

    @Test
    void aCommandOnTheVersionItsSenderSawIsAccepted() {
        List<Object> history = intakeHeld();
        accepted(history, new StartSiteVisit(AUDIT, LEAD, (long) history.size() - 1), new SiteVisitStarted(AUDIT,
                LEAD, NOW, null));
    }

    @Test
    void aCommandOnAnEarlierVersionFromTheLeadIsStaleThoughTheLeadMayDoIt() {
        refused(intakeHeld(), new StartSiteVisit(AUDIT, LEAD, 1L), CommonErrors.STALE_VERSION)
                .expectExceptionMessage("The resource changed since the version you sent (expected 1, now 2). Read it again and retry.");
    }
}
