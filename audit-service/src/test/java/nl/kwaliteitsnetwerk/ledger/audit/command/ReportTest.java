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
        return new IssueConceptReport(AUDIT, "Conceptrapport", DEADLINE, actor, null, null);
    }

    private static CommentOnConcept comment(Actor actor, String id) {
        return new CommentOnConcept(AUDIT, id, "KS2", "Graag nuanceren", actor, null, null);
    }

    private static FinaliseReport finalise(Actor actor) {
        return new FinaliseReport(AUDIT, "Eindrapport", CONCEPT_DIGEST, actor, null, null, null);
    }

    @Test
    void leadAuditorIssuesTheConceptReportOnceEverythingIsJudged() {
        accepted(visitClosed(), concept(LEAD), issuedConcept(1, "Conceptrapport"));
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
        refused(plus(findingsOnEveryStandard(), judged(1, "KS1", "3"), new OralFeedbackGiven(AUDIT, "Dank", LEAD,
                NOW, null)),
                concept(LEAD), AuditRule.ALL_STANDARDS_JUDGED);
    }

    @Test
    void conceptReportWithoutTheOverallJudgementIsRefused() {
        List<Object> judged = everyStandardJudged();
        refused(plus(judged.subList(0, judged.size() - 1), new OralFeedbackGiven(AUDIT, "Dank", LEAD, NOW, null)),
                concept(LEAD), AuditRule.OVERALL_JUDGEMENT_RECORDED);
    }

    @Test
    void commentDeadlineInThePastIsRefused() {
        refused(visitClosed(), new IssueConceptReport(AUDIT, "Concept", NOW.minusSeconds(1), LEAD, null, null),
                AuditRule.DEADLINE_IN_FUTURE);
    }

    @Test
    void judgementAfterTheConceptReportIsRefused() {
        refused(conceptIssued(), new JudgeStandard(AUDIT, "KS1", "4", "x", "y", LEAD, null, null),
                AuditRule.WRONG_PHASE);
    }

    @Test
    void reopeningIsAnEventWithAReason() {
        accepted(conceptIssued(), new ReopenAudit(AUDIT, "Nieuwe informatie over KS4", LEAD, null, null),
                new AuditReopened(AUDIT, "Nieuwe informatie over KS4", LEAD, NOW, null));
    }

    @Test
    void reopeningWithoutAReasonIsRefused() {
        refused(conceptIssued(), new ReopenAudit(AUDIT, " ", LEAD, null, null), AuditRule.REASON_REQUIRED);
    }

    @Test
    void reopenedAuditTakesFindingsAndAReissuedConceptHasTheNextRevision() {
        accepted(reopened(), new RecordFinding(AUDIT, "f-new", "KS4", FindingKind.OBSERVATION, "Aanvulling", EVIDENCE, AUDITOR, null),
                new FindingRecorded(AUDIT, "f-new", "KS4", FindingKind.OBSERVATION, "Aanvulling", EVIDENCE, AUDITOR,
                        NOW, null));
        accepted(reopened(), concept(LEAD), issuedConcept(2, "Conceptrapport"));
    }

    @Test
    void institutionCommentsOnItsConceptReport() {
        accepted(conceptIssued(), comment(ROC, "c1"),
                new ConceptCommented(AUDIT, "c1", 1, "KS2", "Graag nuanceren", ROC, NOW, null));
    }

    @Test
    void qualityCouncilCommentsInGeneral() {
        accepted(conceptIssued(), new CommentOnConcept(AUDIT, "c1", null, "Helder rapport", COUNCIL, null, null),
                new ConceptCommented(AUDIT, "c1", 1, null, "Helder rapport", COUNCIL, NOW, null));
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
        refused(conceptIssued(), new CommentOnConcept(AUDIT, "c1", "BKA9", "x", ROC, null, null),
                AuditRule.STANDARD_IN_FRAMEWORK);
    }

    @Test
    void leadAuditorAcceptsACommentWithTheChangeItLedTo() {
        accepted(commentedBy(ROC, "c1"),
                new DisposeComment(AUDIT, "c1", CommentDisposition.ACCEPTED_WITH_CHANGE, "KS2 genuanceerd", LEAD,
                        null, null),
                new CommentDisposed(AUDIT, "c1", CommentDisposition.ACCEPTED_WITH_CHANGE, "KS2 genuanceerd", LEAD,
                        NOW, null));
    }

    @Test
    void commentNotAcceptedNeedsTheReason() {
        refused(commentedBy(ROC, "c1"), new DisposeComment(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "", LEAD,
                null, null),
                AuditRule.REASON_REQUIRED);
    }

    @Test
    void commentIsDisposedOfOnlyOnce() {
        refused(plus(commentedBy(ROC, "c1"), new CommentDisposed(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED,
                "onjuist", LEAD, NOW, null)),
                new DisposeComment(AUDIT, "c1", CommentDisposition.ACCEPTED_WITH_CHANGE, "toch", LEAD, null, null),
                AuditRule.COMMENT_DISPOSED_ONCE);
    }

    @Test
    void disposingOfAnUnknownCommentIsRefused() {
        refused(conceptIssued(), new DisposeComment(AUDIT, "c9", CommentDisposition.NOT_ACCEPTED, "x", LEAD, null,
                null),
                AuditRule.UNKNOWN_COMMENT);
    }

    @Test
    void onlyTheLeadAuditorDisposesOfComments() {
        refused(commentedBy(ROC, "c1"), new DisposeComment(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "x",
                AUDITOR, null, null),
                AuditRule.ONLY_LEAD_AUDITOR);
    }

    @Test
    void finalReportFreezesTheJudgementsAndImprovementPoints() {
        clock.set(DEADLINE.plusSeconds(1));
        List<Object> history = plus(commentedBy(ROC, "c1"),
                new CommentDisposed(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "onderbouwd", LEAD, NOW, null));
        accepted(history, finalise(LEAD), new ReportFinalised(AUDIT, "Eindrapport", NETWORK_FRAMEWORK, JUDGED, "3",
                List.of("f-KS2"), CONCEPT_DIGEST, FINAL_DIGEST, LEAD, DEADLINE.plusSeconds(1), null, null));
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
        refused(finalised(), new ReopenAudit(AUDIT, "toch", LEAD, null, null), AuditRule.WRONG_PHASE);
        refused(finalised(), finalise(LEAD), AuditRule.WRONG_PHASE);
    }

    @Test
    void erratumRefersToTheFinalReportAndSaysWhy() {
        clock.set(ERRATUM_AT);
        accepted(finalised(), new IssueErratum(AUDIT, "e1", "Pagina 3: KS5 in plaats van KS4", "Verschrijving",
                LEAD, null, null),
                new ErratumIssued(AUDIT, "e1", "Pagina 3: KS5 in plaats van KS4", "Verschrijving", FINAL_DIGEST,
                        ReportDigest.ofErratum(AUDIT, FINAL_DIGEST, "e1", "Pagina 3: KS5 in plaats van KS4",
                                "Verschrijving"), LEAD, ERRATUM_AT, null));
    }

    @Test
    void erratumBeforeTheReportIsFinalIsRefused() {
        refused(conceptIssued(), new IssueErratum(AUDIT, "e1", "x", "y", LEAD, null, null), AuditRule.WRONG_PHASE);
    }

    @Test
    void erratumWithoutAReasonIsRefused() {
        refused(finalised(), new IssueErratum(AUDIT, "e1", "x", null, LEAD, null, null), AuditRule.REASON_REQUIRED);
    }
}
