package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;

class PublicationAndFollowUpTest extends AuditRuleTest {

    private static final LocalDate DUE = LocalDate.parse("2028-01-01");

    @BeforeEach
    void afterTheCommentPeriod() {
        clock.set(DEADLINE.plusSeconds(2));
    }

    @Test
    void publishingOpensAFollowUpActionForEveryImprovementPoint() {
        accepted(finalised(), new PublishSummary(AUDIT, "Samenvatting", Map.of("f-KS2", DUE), LEAD, null, null),
                new PublicSummaryPublished(AUDIT, "Samenvatting", LEAD, DEADLINE.plusSeconds(2), null),
                new FollowUpActionOpened(AUDIT, "fu-f-KS2", "f-KS2", "KS2", "Bevinding over KS2", "29WT", DUE, LEAD,
                        DEADLINE.plusSeconds(2), null));
    }

    @Test
    void publishingWithoutADueDateForEveryImprovementPointIsRefused() {
        refused(finalised(), new PublishSummary(AUDIT, "Samenvatting", Map.of(), LEAD, null, null),
                AuditRule.FOLLOW_UP_PLAN_COMPLETE);
    }

    @Test
    void publishingWithDueDatesForFindingsThatAreNoImprovementPointsIsRefused() {
        refused(finalised(), new PublishSummary(AUDIT, "Samenvatting", Map.of("f-KS2", DUE, "f-KS1", DUE), LEAD,
                null, null),
                AuditRule.FOLLOW_UP_PLAN_COMPLETE);
    }

    @Test
    void dueDateInThePastIsRefused() {
        refused(finalised(), new PublishSummary(AUDIT, "Samenvatting", Map.of("f-KS2",
                LocalDate.parse("2020-01-01")), LEAD, null, null),
                AuditRule.DUE_DATE_IN_FUTURE);
    }

    @Test
    void publishingBeforeTheReportIsFinalIsRefused() {
        refused(conceptIssued(), new PublishSummary(AUDIT, "Samenvatting", Map.of("f-KS2", DUE), LEAD, null, null),
                AuditRule.WRONG_PHASE);
    }

    @Test
    void institutionReportsItsFollowUpDoneWithEvidence() {
        accepted(published(), new ReportFollowUpDone(AUDIT, "fu-f-KS2", "Nieuw BPV-protocol", ROC, null),
                new FollowUpReportedDone(AUDIT, "fu-f-KS2", "Nieuw BPV-protocol", ROC, DEADLINE.plusSeconds(2)));
    }

    @Test
    void anotherInstitutionSeesThePublishedAuditButCannotReportItsFollowUpDone() {
        refused(published(), new ReportFollowUpDone(AUDIT, "fu-f-KS2", "x", OTHER_ROC, null), AuditRule.ONLY_AUDITED_INSTITUTION)
                .expectExceptionMessage("Only the audited institution may report a follow-up action done.");
    }

    @Test
    void reportingDoneNeedsEvidence() {
        refused(published(), new ReportFollowUpDone(AUDIT, "fu-f-KS2", " ", ROC, null), AuditRule.REQUIRED_TEXT);
    }

    @Test
    void unknownFollowUpIsRefused() {
        refused(published(), new ReportFollowUpDone(AUDIT, "fu-x", "x", ROC, null), AuditRule.UNKNOWN_FOLLOW_UP);
    }

    @Test
    void leadAuditorAcceptsAnActionReportedDone() {
        accepted(plus(published(), new FollowUpReportedDone(AUDIT, "fu-f-KS2", "protocol", ROC, NOW)),
                new AcceptFollowUp(AUDIT, "fu-f-KS2", "Overtuigend", LEAD, null),
                new FollowUpAccepted(AUDIT, "fu-f-KS2", "Overtuigend", LEAD, DEADLINE.plusSeconds(2)));
    }

    @Test
    void anActionNotReportedDoneCannotBeAccepted() {
        refused(published(), new AcceptFollowUp(AUDIT, "fu-f-KS2", "ok", LEAD, null), AuditRule.FOLLOW_UP_STATE);
    }

    @Test
    void acceptedActionHasEnded() {
        refused(plus(published(), new FollowUpReportedDone(AUDIT, "fu-f-KS2", "protocol", ROC, NOW),
                        new FollowUpAccepted(AUDIT, "fu-f-KS2", "ok", LEAD, NOW)),
                new ReportFollowUpDone(AUDIT, "fu-f-KS2", "nogmaals", ROC, null), AuditRule.FOLLOW_UP_STATE);
    }

    @Test
    void leadAuditorReopensAnActionWithAReasonAndANewDueDate() {
        LocalDate later = LocalDate.parse("2028-06-01");
        accepted(plus(published(), new FollowUpReportedDone(AUDIT, "fu-f-KS2", "protocol", ROC, NOW)),
                new ReopenFollowUp(AUDIT, "fu-f-KS2", "Nog niet ingevoerd", later, LEAD, null),
                new FollowUpReopened(AUDIT, "fu-f-KS2", "Nog niet ingevoerd", later, LEAD, DEADLINE.plusSeconds(2)));
    }

    @Test
    void reopeningAnActionWithoutANewDueDateIsRefused() {
        refused(plus(published(), new FollowUpReportedDone(AUDIT, "fu-f-KS2", "protocol", ROC, NOW)),
                new ReopenFollowUp(AUDIT, "fu-f-KS2", "Nog niet", null, LEAD, null), AuditRule.DUE_DATE_IN_FUTURE);
    }

    @Test
    void onlyTheLeadAuditorAcceptsFollowUp() {
        refused(plus(published(), new FollowUpReportedDone(AUDIT, "fu-f-KS2", "protocol", ROC, NOW)),
                new AcceptFollowUp(AUDIT, "fu-f-KS2", "ok", ROC, null), AuditRule.ONLY_LEAD_AUDITOR);
    }
}
