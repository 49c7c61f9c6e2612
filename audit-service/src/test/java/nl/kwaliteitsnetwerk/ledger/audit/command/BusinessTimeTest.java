package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static nl.kwaliteitsnetwerk.ledger.audit.command.HistoricCase.*;

/**
 * Business time beside recording time: a step entered after the fact keeps the day it happened; no step happened
 * after today or before the step it follows; the rules that compare with now for live work compare business dates
 * for a past case; and a correction of a business date is an event with a reason that keeps the order.
 */
class BusinessTimeTest extends AuditRuleTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-03-10");

    @Test
    void aStepEnteredAfterTheFactKeepsTheDayItHappenedBesideTheInstantItWasRecorded() {
        accepted(HistoricCase.intakeHeld(AuditKind.RECOVERY_INVESTIGATION),
                new StartSiteVisit(AUDIT, LEAD, null, VISIT_ON), new SiteVisitStarted(AUDIT, LEAD, NOW, VISIT_ON));
    }

    @Test
    void aStepGivenNoDayHappenedToday() {
        accepted(HistoricCase.intakeHeld(AuditKind.RECOVERY_INVESTIGATION), new StartSiteVisit(AUDIT, LEAD, null),
                new SiteVisitStarted(AUDIT, LEAD, NOW, TODAY));
    }

    @Test
    void aSchedulingEnteredAfterTheFactKeepsItsDay() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleAudit(AUDIT, BM_SERVICES, AuditKind.RECOVERY_INVESTIGATION, null, INTAKE_ON,
                        BKA_FRAMEWORK, ADMIN, SCHEDULED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AuditScheduled(AUDIT, BM_SERVICES, AuditKind.RECOVERY_INVESTIGATION, null, INTAKE_ON,
                        BKA_FRAMEWORK, ADMIN, NOW, SCHEDULED_ON));
    }

    @Test
    void aStepDatedAfterTodayIsRefused() {
        refused(HistoricCase.intakeHeld(AuditKind.RECOVERY_INVESTIGATION),
                new StartSiteVisit(AUDIT, LEAD, null, TODAY.plusDays(1)), AuditRule.BUSINESS_DATE_NOT_IN_FUTURE);
    }

    @Test
    void anIntakeHeldAfterTodayIsRefused() {
        refused(teamAssigned(), new RecordIntake(AUDIT, TODAY.plusDays(1), "Focus", LEAD, null),
                AuditRule.BUSINESS_DATE_NOT_IN_FUTURE);
    }

    @Test
    void aVisitBeforeTheIntakeIsRefused() {
        refused(HistoricCase.intakeHeld(AuditKind.RECOVERY_INVESTIGATION),
                new StartSiteVisit(AUDIT, LEAD, null, INTAKE_ON.minusDays(1)), AuditRule.BUSINESS_DATE_IN_ORDER);
    }

    @Test
    void aFindingBeforeTheVisitIsRefused() {
        refused(HistoricCase.onSiteVisit(), new RecordFinding(AUDIT, "f-x", "BKA1", FindingKind.STRENGTH, "x",
                EVIDENCE, AUDITOR, null, VISIT_ON.minusDays(1)), AuditRule.BUSINESS_DATE_IN_ORDER);
    }

    @Test
    void aConceptBeforeTheVisitClosedIsRefused() {
        refused(HistoricCase.visitClosed(), new IssueConceptReport(AUDIT, "Concept", HISTORIC_DEADLINE, LEAD, null,
                CLOSED_ON.minusDays(1)), AuditRule.BUSINESS_DATE_IN_ORDER);
    }

    @Test
    void theCommentDeadlineOfAConceptEnteredAfterTheFactLiesAfterItsDayNotAfterNow() {
        accepted(HistoricCase.visitClosed(), new IssueConceptReport(AUDIT, "Conceptrapport", HISTORIC_DEADLINE, LEAD,
                        null, CONCEPT_ON),
                new ConceptReportIssued(AUDIT, 1, "Conceptrapport", HISTORIC_DEADLINE, JUDGED_BKA, "VOLDOENDE",
                        HISTORIC_CONCEPT_DIGEST, LEAD, NOW, CONCEPT_ON));
    }

    @Test
    void aCommentDeadlineBeforeTheConceptsDayIsRefused() {
        refused(HistoricCase.visitClosed(), new IssueConceptReport(AUDIT, "Concept",
                Instant.parse("2027-01-31T12:00:00Z"), LEAD, null, CONCEPT_ON), AuditRule.DEADLINE_IN_FUTURE);
    }

    @Test
    void aCommentOnAConceptEnteredAfterTheFactCarriesItsDayBeforeTheDeadline() {
        LocalDate commentedOn = LocalDate.parse("2027-02-10");
        accepted(HistoricCase.conceptIssued(), new CommentOnConcept(AUDIT, "c1", "BKA1", "Graag nuanceren", ROC, null,
                        commentedOn),
                new ConceptCommented(AUDIT, "c1", 1, "BKA1", "Graag nuanceren", ROC, NOW, commentedOn));
    }

    @Test
    void aCommentDatedAfterTheDeadlineIsRefused() {
        refused(HistoricCase.conceptIssued(), new CommentOnConcept(AUDIT, "c1", null, "Te laat", ROC, null,
                LocalDate.parse("2027-02-16")), AuditRule.COMMENT_PERIOD_OPEN);
    }

    @Test
    void aCommentGivenNoDayIsLiveWorkAndItsPeriodIsOver() {
        refused(HistoricCase.conceptIssued(), new CommentOnConcept(AUDIT, "c1", null, "Te laat", ROC, null, null),
                AuditRule.COMMENT_PERIOD_OPEN);
    }

    @Test
    void aCommentDisposedOfBeforeItWasMadeIsRefused() {
        LocalDate commentedOn = LocalDate.parse("2027-02-10");
        refused(plus(HistoricCase.conceptIssued(),
                        new ConceptCommented(AUDIT, "c1", 1, "BKA1", "Graag nuanceren", ROC, NOW, commentedOn)),
                new DisposeComment(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "Onderbouwd", LEAD, null,
                        commentedOn.minusDays(1)), AuditRule.BUSINESS_DATE_IN_ORDER);
    }

    @Test
    void aFinalisationEnteredAfterTheFactLiesAfterTheDeadlineByItsDay() {
        accepted(HistoricCase.conceptIssued(), finalise(FINALISED_ON, null),
                finalised(FINALISED_ON, SupervisionTerm.of(4, FINALISED_ON)));
    }

    @Test
    void aFinalisationDatedWithinTheCommentPeriodIsRefused() {
        refused(HistoricCase.conceptIssued(), finalise(LocalDate.parse("2027-02-14"), null),
                AuditRule.COMMENT_PERIOD_OVER);
    }

    @Test
    void theDueDatesOfASummaryPublishedAfterTheFactLieAfterItsDay() {
        List<Object> history = plus(HistoricCase.visitClosed().subList(0, 4),
                new FindingRecorded(AUDIT, "f-BKA1", "BKA1", FindingKind.IMPROVEMENT_POINT, "Doelen realistischer",
                        EVIDENCE, AUDITOR, NOW, VISIT_ON));
        List<Object> finalised = plus(history, new ReportFinalised(AUDIT, "Eindrapport", BKA_FRAMEWORK, JUDGED_BKA,
                "VOLDOENDE", List.of("f-BKA1"), null, null, LEAD, NOW, FINALISED_ON, null));
        LocalDate publishedOn = FINALISED_ON.plusDays(1);
        refused(finalised, new PublishSummary(AUDIT, "Samenvatting", Map.of("f-BKA1", publishedOn), LEAD, null,
                publishedOn), AuditRule.DUE_DATE_IN_FUTURE);
        accepted(finalised, new PublishSummary(AUDIT, "Samenvatting", Map.of("f-BKA1", publishedOn.plusMonths(6)),
                        LEAD, null, publishedOn),
                new PublicSummaryPublished(AUDIT, "Samenvatting", LEAD, NOW, publishedOn),
                new FollowUpActionOpened(AUDIT, "fu-f-BKA1", "f-BKA1", "BKA1", "Doelen realistischer", "29WT",
                        publishedOn.plusMonths(6), LEAD, NOW, publishedOn));
    }

    @Test
    void aCorrectionOfABusinessDateIsAnEventWithItsReason() {
        LocalDate corrected = VISIT_ON.minusDays(2);
        accepted(HistoricCase.visitClosed(), visitCorrected(corrected, "Het bezoek begon op maandag"),
                new BusinessDateCorrected(AUDIT, AuditStatus.SITE_VISIT, VISIT_SEQUENCE, VISIT_ON, corrected,
                        "Het bezoek begon op maandag", LEAD, NOW));
    }

    /** The visit of a closed visit, corrected to {@code day} because of {@code reason}. */
    private static CorrectBusinessDate visitCorrected(LocalDate day, String reason) {
        return new CorrectBusinessDate(AUDIT, AuditStatus.SITE_VISIT, day, reason, LEAD, null);
    }

    @Test
    void aCorrectionWithoutAReasonIsRefused() {
        refused(HistoricCase.visitClosed(), visitCorrected(VISIT_ON.minusDays(2), " "), AuditRule.REASON_REQUIRED);
    }

    @Test
    void aCorrectionBeforeTheStepItFollowsIsRefused() {
        refused(HistoricCase.visitClosed(), visitCorrected(INTAKE_ON.minusDays(1), "Eerder"),
                AuditRule.BUSINESS_DATE_IN_ORDER);
    }

    @Test
    void aCorrectionAfterAStepRecordedAfterItIsRefused() {
        refused(HistoricCase.visitClosed(), visitCorrected(VISIT_ON.plusDays(1), "Later"),
                AuditRule.BUSINESS_DATE_IN_ORDER);
    }

    @Test
    void aCorrectionAfterTodayIsRefused() {
        refused(HistoricCase.onSiteVisit(), visitCorrected(TODAY.plusDays(1), "Later"),
                AuditRule.BUSINESS_DATE_NOT_IN_FUTURE);
    }

    @Test
    void aCorrectionOfAStepNotTakenIsRefused() {
        refused(HistoricCase.visitClosed(), new CorrectBusinessDate(AUDIT, AuditStatus.CONCEPT_ISSUED, CONCEPT_ON,
                "Bestaat niet", LEAD, null), AuditRule.STEP_NOT_TAKEN);
    }

    @Test
    void aStepFollowsTheStepBeforeItAsCorrected() {
        LocalDate corrected = VISIT_ON.minusDays(5);
        LocalDate between = VISIT_ON.minusDays(3);
        accepted(plus(HistoricCase.onSiteVisit(), new BusinessDateCorrected(AUDIT, AuditStatus.SITE_VISIT,
                        VISIT_SEQUENCE, VISIT_ON, corrected, "Eerder begonnen", LEAD, NOW)),
                new RecordFinding(AUDIT, "f-x", "BKA1", FindingKind.STRENGTH, "x", EVIDENCE, AUDITOR, null, between),
                new FindingRecorded(AUDIT, "f-x", "BKA1", FindingKind.STRENGTH, "x", EVIDENCE, AUDITOR, NOW, between));
    }

    @Test
    void aCorrectionNamesItsStep() {
        // without a step the aggregate would otherwise pick one itself; the web edge is not the only way in
        refused(HistoricCase.visitClosed(), new CorrectBusinessDate(AUDIT, null, VISIT_ON, "Welke stap?", LEAD, null),
                AuditRule.REQUIRED_TEXT);
    }

    /** The concept report, commented on 02-10, the comment disposed of on {@code disposedOn}, finalised on 02-20. */
    private static List<Object> finalisedAfterAComment(LocalDate disposedOn, SupervisionTerm term) {
        List<Object> history = new ArrayList<>(HistoricCase.conceptIssued());
        history.add(new ConceptCommented(AUDIT, "c1", 1, "BKA1", "Graag nuanceren", ROC, NOW,
                LocalDate.parse("2027-02-10")));
        history.add(new CommentDisposed(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "Onderbouwd", LEAD, NOW,
                disposedOn));
        history.add(HistoricCase.finalised(FINALISED_ON, term));
        return history;
    }

    private static CorrectBusinessDate finalisationCorrected(LocalDate day) {
        return new CorrectBusinessDate(AUDIT, AuditStatus.FINALISED, day, "Typfout", LEAD, null);
    }

    @Test
    void aCorrectedFinalisationDateIsNotBeforeTheCommentsItAnswered() {
        // the disposal (02-18) lies after the deadline (02-15): only the order with that smaller step refuses 02-17
        refused(finalisedAfterAComment(LocalDate.parse("2027-02-18"), null),
                finalisationCorrected(LocalDate.parse("2027-02-17")), AuditRule.BUSINESS_DATE_IN_ORDER);
    }

    @Test
    void aCorrectedFinalisationDateIsNotWithinTheCommentPeriod() {
        // the comment and its disposal (02-10, 02-12) lie before 02-15, the deadline's own day: still refused
        refused(finalisedAfterAComment(LocalDate.parse("2027-02-12"), null),
                finalisationCorrected(LocalDate.parse("2027-02-15")), AuditRule.BUSINESS_DATE_IN_ORDER);
    }

    @Test
    void aFinalisationDateCorrectedAfterTheCommentsAndTheDeadlineIsAccepted() {
        LocalDate corrected = LocalDate.parse("2027-02-19");
        accepted(finalisedAfterAComment(LocalDate.parse("2027-02-18"), null), finalisationCorrected(corrected),
                new BusinessDateCorrected(AUDIT, AuditStatus.FINALISED, 15, FINALISED_ON, corrected, "Typfout", LEAD,
                        NOW));
    }

    @Test
    void theDayAFinalReportStartsASupervisionTermOnIsNotCorrected() {
        refused(finalisedAfterAComment(LocalDate.parse("2027-02-12"), SupervisionTerm.of(4, FINALISED_ON)),
                finalisationCorrected(LocalDate.parse("2027-02-19")), AuditRule.TERM_KEEPS_FINALISATION_DATE);
    }

    @Test
    void aCorrectedConceptReportDateLiesBeforeItsCommentDeadline() {
        // HISTORIC_DEADLINE is 2027-02-15: the concept report cannot have been issued on or after it
        refused(HistoricCase.conceptIssued(), new CorrectBusinessDate(AUDIT, AuditStatus.CONCEPT_ISSUED,
                LocalDate.parse("2027-02-15"), "Later verstuurd", LEAD, null), AuditRule.BUSINESS_DATE_IN_ORDER);
    }

    @Test
    void aCorrectedStepIsNotBeforeASmallerStepRecordedBeforeIt() {
        // a finding of the visit's second day: the oral feedback that closed the visit cannot precede it
        List<Object> history = plus(HistoricCase.onSiteVisit(),
                new FindingRecorded(AUDIT, "f-x", "BKA1", FindingKind.STRENGTH, "x", EVIDENCE, AUDITOR, NOW,
                        VISIT_ON.plusDays(1)),
                new OralFeedbackGiven(AUDIT, "Dank", LEAD, NOW, CLOSED_ON));
        refused(history, new CorrectBusinessDate(AUDIT, AuditStatus.VISIT_CLOSED, VISIT_ON, "Eerder", LEAD, null),
                AuditRule.BUSINESS_DATE_IN_ORDER);
    }

    @Test
    void aStepIntoAPhaseIsNotBeforeASmallerStepRecordedBeforeIt() {
        // the comment disposed of on 02-18, after the deadline (02-15): the final report cannot be dated 02-16
        List<Object> history = plus(HistoricCase.conceptIssued(),
                new ConceptCommented(AUDIT, "c1", 1, "BKA1", "Graag nuanceren", ROC, NOW,
                        LocalDate.parse("2027-02-10")),
                new CommentDisposed(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "Onderbouwd", LEAD, NOW,
                        LocalDate.parse("2027-02-18")));
        refused(history, HistoricCase.finalise(LocalDate.parse("2027-02-16"), null), AuditRule.BUSINESS_DATE_IN_ORDER);
    }
}
