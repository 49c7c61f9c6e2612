package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;

class ReportTest extends AuditRuleTest {

    private static IssueConceptReport concept(Actor actor) {
        return new IssueConceptReport(AUDIT, "Conceptrapport", DEADLINE, actor, null);
    }

    private static CommentOnConcept comment(Actor actor, String id) {
        return new CommentOnConcept(AUDIT, id, "KS2", "Graag nuanceren", actor, null);
    }

    private static FinaliseReport finalise(Actor actor) {
        return new FinaliseReport(AUDIT, "Eindrapport", actor, null);
    }

    @Test
    void leadAuditorIssuesTheConceptReportOnceEverythingIsJudged() {
        accepted(visitClosed(), concept(LEAD), new ConceptReportIssued(AUDIT, 1, "Conceptrapport", DEADLINE, LEAD, NOW));
    }

    @Test
    void conceptReportByAnotherAuditorIsRefused() {
        refused(visitClosed(), concept(AUDITOR), AuditRule.ONLY_LEAD_AUDITOR);
    }

    @Test
    void conceptReportDuringTheSiteVisitIsRefused() {
        refused(everyStandardJudged(), concept(LEAD), AuditRule.WRONG_PHASE);
    }

    @Test
    void conceptReportWithAStandardUnjudgedIsRefused() {
        refused(plus(findingsOnEveryStandard(), judged(1, "KS1", "3"), new OralFeedbackGiven(AUDIT, "Dank", LEAD, NOW)),
                concept(LEAD), AuditRule.ALL_STANDARDS_JUDGED);
    }

    @Test
    void conceptReportWithoutTheOverallJudgementIsRefused() {
        List<Object> judged = everyStandardJudged();
        refused(plus(judged.subList(0, judged.size() - 1), new OralFeedbackGiven(AUDIT, "Dank", LEAD, NOW)),
                concept(LEAD), AuditRule.OVERALL_JUDGEMENT_RECORDED);
    }

    @Test
    void commentDeadlineInThePastIsRefused() {
        refused(visitClosed(), new IssueConceptReport(AUDIT, "Concept", NOW.minusSeconds(1), LEAD, null),
                AuditRule.DEADLINE_IN_FUTURE);
    }

    @Test
    void judgementAfterTheConceptReportIsRefused() {
        refused(conceptIssued(), new JudgeStandard(AUDIT, "KS1", "4", "x", "y", LEAD, null), AuditRule.WRONG_PHASE);
    }

    @Test
    void reopeningIsAnEventWithAReason() {
        accepted(conceptIssued(), new ReopenAudit(AUDIT, "Nieuwe informatie over KS4", LEAD, null),
                new AuditReopened(AUDIT, "Nieuwe informatie over KS4", LEAD, NOW));
    }

    @Test
    void reopeningWithoutAReasonIsRefused() {
        refused(conceptIssued(), new ReopenAudit(AUDIT, " ", LEAD, null), AuditRule.REASON_REQUIRED);
    }

    @Test
    void reopenedAuditTakesFindingsAndAReissuedConceptHasTheNextRevision() {
        accepted(reopened(), new RecordFinding(AUDIT, "f-new", "KS4", FindingKind.OBSERVATION, "Aanvulling", EVIDENCE, AUDITOR, null),
                new FindingRecorded(AUDIT, "f-new", "KS4", FindingKind.OBSERVATION, "Aanvulling", EVIDENCE, AUDITOR, NOW));
        accepted(reopened(), concept(LEAD), new ConceptReportIssued(AUDIT, 2, "Conceptrapport", DEADLINE, LEAD, NOW));
    }

    @Test
    void institutionCommentsOnItsConceptReport() {
        accepted(conceptIssued(), comment(ROC, "c1"),
                new ConceptCommented(AUDIT, "c1", 1, "KS2", "Graag nuanceren", ROC, NOW));
    }

    @Test
    void qualityCouncilCommentsInGeneral() {
        accepted(conceptIssued(), new CommentOnConcept(AUDIT, "c1", null, "Helder rapport", COUNCIL, null),
                new ConceptCommented(AUDIT, "c1", 1, null, "Helder rapport", COUNCIL, NOW));
    }

    @Test
    void anotherInstitutionCommentingIsAnsweredAsIfTheAuditDidNotExist() {
        answeredAsUnknown(conceptIssued(), comment(OTHER_ROC, "c1"));
    }

    @Test
    void anAuditorCannotCommentAndTheRefusalNamesNoInstitution() {
        refused(conceptIssued(), comment(AUDITOR, "c1"), AuditRule.ONLY_INSTITUTION_OR_COUNCIL)
                .expectExceptionMessage("Only the audited institution and the Kwaliteitsraad comment on this concept report.");
    }

    @Test
    void commentAfterTheDeadlineIsRefused() {
        clock.set(DEADLINE.plusSeconds(1));
        refused(conceptIssued(), comment(ROC, "c1"), AuditRule.COMMENT_PERIOD_OPEN);
    }

    @Test
    void commentBeforeTheConceptReportIsRefused() {
        refused(visitClosed(), comment(ROC, "c1"), AuditRule.WRONG_PHASE);
    }

    @Test
    void commentOnAStandardOutsideTheFrameworkIsRefused() {
        refused(conceptIssued(), new CommentOnConcept(AUDIT, "c1", "BKA9", "x", ROC, null), AuditRule.STANDARD_IN_FRAMEWORK);
    }

    @Test
    void leadAuditorAcceptsACommentWithTheChangeItLedTo() {
        accepted(commentedBy(ROC, "c1"),
                new DisposeComment(AUDIT, "c1", CommentDisposition.ACCEPTED_WITH_CHANGE, "KS2 genuanceerd", LEAD, null),
                new CommentDisposed(AUDIT, "c1", CommentDisposition.ACCEPTED_WITH_CHANGE, "KS2 genuanceerd", LEAD, NOW));
    }

    @Test
    void commentNotAcceptedNeedsTheReason() {
        refused(commentedBy(ROC, "c1"), new DisposeComment(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "", LEAD, null),
                AuditRule.REASON_REQUIRED);
    }

    @Test
    void commentIsDisposedOfOnlyOnce() {
        refused(plus(commentedBy(ROC, "c1"), new CommentDisposed(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "onjuist", LEAD, NOW)),
                new DisposeComment(AUDIT, "c1", CommentDisposition.ACCEPTED_WITH_CHANGE, "toch", LEAD, null),
                AuditRule.COMMENT_DISPOSED_ONCE);
    }

    @Test
    void disposingOfAnUnknownCommentIsRefused() {
        refused(conceptIssued(), new DisposeComment(AUDIT, "c9", CommentDisposition.NOT_ACCEPTED, "x", LEAD, null),
                AuditRule.UNKNOWN_COMMENT);
    }

    @Test
    void onlyTheLeadAuditorDisposesOfComments() {
        refused(commentedBy(ROC, "c1"), new DisposeComment(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "x", AUDITOR, null),
                AuditRule.ONLY_LEAD_AUDITOR);
    }

    @Test
    void finalReportFreezesTheJudgementsAndImprovementPoints() {
        clock.set(DEADLINE.plusSeconds(1));
        List<Object> history = plus(commentedBy(ROC, "c1"),
                new CommentDisposed(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "onderbouwd", LEAD, NOW));
        accepted(history, finalise(LEAD), new ReportFinalised(AUDIT, "Eindrapport", NETWORK_FRAMEWORK,
                Map.of("KS1", "3", "KS2", "3", "KS3", "3", "KS4", "3", "KS5", "3", "KS6", "3"), "3",
                List.of("f-KS2"), LEAD, DEADLINE.plusSeconds(1)));
    }

    @Test
    void finalisingWithACommentUnansweredIsRefused() {
        clock.set(DEADLINE.plusSeconds(1));
        refused(commentedBy(COUNCIL, "c1"), finalise(LEAD), AuditRule.COMMENTS_ANSWERED);
    }

    @Test
    void finalisingBeforeTheCommentPeriodEndsIsRefused() {
        refused(conceptIssued(), finalise(LEAD), AuditRule.COMMENT_PERIOD_OVER);
    }

    @Test
    void finalisingByAnotherAuditorIsRefused() {
        clock.set(DEADLINE.plus(Duration.ofDays(1)));
        refused(conceptIssued(), finalise(AUDITOR), AuditRule.ONLY_LEAD_AUDITOR);
    }

    @Test
    void finalReportIsNeverReopenedNorFinalisedAgain() {
        clock.set(DEADLINE.plus(Duration.ofDays(1)));
        refused(finalised(), new ReopenAudit(AUDIT, "toch", LEAD, null), AuditRule.WRONG_PHASE);
        refused(finalised(), finalise(LEAD), AuditRule.WRONG_PHASE);
    }

    @Test
    void erratumRefersToTheFinalReportAndSaysWhy() {
        accepted(finalised(), new IssueErratum(AUDIT, "e1", "Pagina 3: KS5 in plaats van KS4", "Verschrijving", LEAD, null),
                new ErratumIssued(AUDIT, "e1", "Pagina 3: KS5 in plaats van KS4", "Verschrijving", LEAD, NOW));
    }

    @Test
    void erratumBeforeTheReportIsFinalIsRefused() {
        refused(conceptIssued(), new IssueErratum(AUDIT, "e1", "x", "y", LEAD, null), AuditRule.WRONG_PHASE);
    }

    @Test
    void erratumWithoutAReasonIsRefused() {
        refused(finalised(), new IssueErratum(AUDIT, "e1", "x", null, LEAD, null), AuditRule.REASON_REQUIRED);
    }
}
