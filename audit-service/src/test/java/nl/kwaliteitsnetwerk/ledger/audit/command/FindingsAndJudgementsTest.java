package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;

class FindingsAndJudgementsTest extends AuditRuleTest {

    private static RecordFinding recordFinding(String id, String standard) {
        return new RecordFinding(AUDIT, id, standard, FindingKind.STRENGTH, "Bevinding over " + standard, EVIDENCE,
                AUDITOR, null);
    }

    @Test
    void teamMemberRecordsAFindingDuringTheSiteVisit() {
        accepted(onSiteVisit(), recordFinding("f1", "KS3"),
                new FindingRecorded(AUDIT, "f1", "KS3", FindingKind.STRENGTH, "Bevinding over KS3", EVIDENCE,
                        AUDITOR, NOW, null));
    }

    @Test
    void findingBeforeTheSiteVisitIsRefused() {
        refused(intakeHeld(), recordFinding("f1", "KS3"), AuditRule.WRONG_PHASE);
    }

    @Test
    void findingAfterTheOralFeedbackIsRefused() {
        refused(visitClosed(), recordFinding("f1", "KS3"), AuditRule.WRONG_PHASE);
    }

    @Test
    void findingAfterTheConceptReportIsRefused() {
        refused(conceptIssued(), recordFinding("f1", "KS3"), AuditRule.WRONG_PHASE);
    }

    @Test
    void findingByAnAuditorNotOnTheTeamIsAnsweredAsIfTheAuditDidNotExist() {
        answeredAsUnknown(onSiteVisit(), new RecordFinding(AUDIT, "f1", "KS3", FindingKind.STRENGTH, "tekst", EVIDENCE,
                OUTSIDE_AUDITOR, null));
    }

    @Test
    void findingByAnAuditorNotOnTheTeamWhoSeesThePublishedAuditIsRefused() {
        refused(published(), new RecordFinding(AUDIT, "f1", "KS3", FindingKind.STRENGTH, "tekst", EVIDENCE,
                OUTSIDE_AUDITOR, null), AuditRule.ONLY_AUDIT_TEAM);
    }

    @Test
    void findingOnAStandardOutsideTheFrameworkIsRefused() {
        refused(onSiteVisit(), recordFinding("f1", "BKA1"), AuditRule.STANDARD_IN_FRAMEWORK);
    }

    @Test
    void findingWithoutEvidenceIsRefused() {
        refused(onSiteVisit(), new RecordFinding(AUDIT, "f1", "KS3", FindingKind.STRENGTH, "tekst", List.of(), AUDITOR, null),
                AuditRule.EVIDENCE_REQUIRED);
    }

    @Test
    void findingIdIsNeverReused() {
        refused(findingsOnEveryStandard(), recordFinding("f-KS1", "KS1"), AuditRule.UNIQUE_ID);
    }

    @Test
    void correctionIsANewVersionOfTheFindingWithItsReason() {
        accepted(findingsOnEveryStandard(),
                new CorrectFinding(AUDIT, "f-KS1", "KS1", FindingKind.OBSERVATION, "Scherper", EVIDENCE, "Verkeerd genoteerd",
                        AUDITOR, null),
                new FindingCorrected(AUDIT, "f-KS1", 1, "KS1", FindingKind.OBSERVATION, "Scherper", EVIDENCE,
                        "Verkeerd genoteerd", AUDITOR, NOW));
    }

    @Test
    void correctionWithoutAReasonIsRefused() {
        refused(findingsOnEveryStandard(), new CorrectFinding(AUDIT, "f-KS1", "KS1", FindingKind.OBSERVATION, "Scherper",
                EVIDENCE, "", AUDITOR, null), AuditRule.REASON_REQUIRED);
    }

    @Test
    void correctionOfAnUnknownFindingIsRefused() {
        refused(findingsOnEveryStandard(), new CorrectFinding(AUDIT, "nope", "KS1", FindingKind.OBSERVATION, "x",
                EVIDENCE, "reden", AUDITOR, null), AuditRule.UNKNOWN_FINDING);
    }

    @Test
    void retractedFindingCannotBeCorrected() {
        refused(plus(findingsOnEveryStandard(), new FindingRetracted(AUDIT, "f-KS1", "dubbel", AUDITOR, NOW)),
                new CorrectFinding(AUDIT, "f-KS1", "KS1", FindingKind.OBSERVATION, "x", EVIDENCE, "reden", AUDITOR, null),
                AuditRule.FINDING_RETRACTED);
    }

    @Test
    void retractionKeepsTheFindingAndSaysWhy() {
        accepted(findingsOnEveryStandard(), new RetractFinding(AUDIT, "f-KS1", "Dubbel met f-KS2", AUDITOR, null),
                new FindingRetracted(AUDIT, "f-KS1", "Dubbel met f-KS2", AUDITOR, NOW));
    }

    @Test
    void retractionWithoutAReasonIsRefused() {
        refused(findingsOnEveryStandard(), new RetractFinding(AUDIT, "f-KS1", null, AUDITOR, null), AuditRule.REASON_REQUIRED);
    }

    @Test
    void retractingTheOnlyFindingOfAJudgedStandardIsRefused() {
        refused(plus(findingsOnEveryStandard(), judged(1, "KS1", "3")),
                new RetractFinding(AUDIT, "f-KS1", "toch niet", AUDITOR, null), AuditRule.JUDGEMENT_STAYS_SUBSTANTIATED);
    }

    @Test
    void movingTheOnlyFindingOfAJudgedStandardElsewhereIsRefused() {
        refused(plus(findingsOnEveryStandard(), judged(1, "KS1", "3")),
                new CorrectFinding(AUDIT, "f-KS1", "KS4", FindingKind.STRENGTH, "x", EVIDENCE, "hoort bij KS4", AUDITOR, null),
                AuditRule.JUDGEMENT_STAYS_SUBSTANTIATED);
    }

    @Test
    void aRetractedFindingOfAJudgedStandardIsRefusedAsRetracted() {
        refused(plus(findingsOnEveryStandard(), finding("f-KS1-b", "KS1", FindingKind.OBSERVATION),
                        new FindingRetracted(AUDIT, "f-KS1", "dubbel", AUDITOR, NOW), judged(1, "KS1", "3")),
                new RetractFinding(AUDIT, "f-KS1", "nogmaals", AUDITOR, null), AuditRule.FINDING_RETRACTED);
    }

    @Test
    void retractingOneOfTwoFindingsOfAJudgedStandardIsAllowed() {
        accepted(plus(findingsOnEveryStandard(), finding("f-KS1-b", "KS1", FindingKind.OBSERVATION), judged(1, "KS1", "3")),
                new RetractFinding(AUDIT, "f-KS1", "dubbel", AUDITOR, null),
                new FindingRetracted(AUDIT, "f-KS1", "dubbel", AUDITOR, NOW));
    }

    @Test
    void judgementOnAStandardWithFindingsIsRecordedUnderTheFrameworkVersion() {
        accepted(findingsOnEveryStandard(), new JudgeStandard(AUDIT, "KS1", "4", "In controle", null, LEAD, null, null),
                new StandardJudged(AUDIT, "judgement-1", "KS1", "4", "In controle", NETWORK_FRAMEWORK, null, null,
                        LEAD, NOW, null));
    }

    @Test
    void judgementOnAStandardWithoutFindingsIsRefused() {
        refused(plus(onSiteVisit(), finding("f1", "KS2", FindingKind.STRENGTH)),
                new JudgeStandard(AUDIT, "KS1", "4", "In controle", null, LEAD, null, null),
                        AuditRule.JUDGEMENT_NEEDS_FINDING);
    }

    @Test
    void retractedFindingsDoNotSubstantiateAJudgement() {
        refused(plus(onSiteVisit(), finding("f1", "KS1", FindingKind.STRENGTH), new FindingRetracted(AUDIT, "f1", "weg", AUDITOR, NOW)),
                new JudgeStandard(AUDIT, "KS1", "4", "In controle", null, LEAD, null, null),
                        AuditRule.JUDGEMENT_NEEDS_FINDING);
    }

    @Test
    void judgementOffTheFrameworkScaleIsRefused() {
        refused(findingsOnEveryStandard(), new JudgeStandard(AUDIT, "KS1", "VOLDOENDE", "x", null, LEAD, null, null),
                AuditRule.VALUE_ON_SCALE);
    }

    @Test
    void judgementByAnAuditorNotOnTheTeamIsAnsweredAsIfTheAuditDidNotExist() {
        answeredAsUnknown(findingsOnEveryStandard(), new JudgeStandard(AUDIT, "KS1", "3", "x", null,
                OUTSIDE_AUDITOR, null, null));
    }

    @Test
    void reJudgingIsANewEventThatNamesTheJudgementItRevisesAndWhy() {
        accepted(plus(findingsOnEveryStandard(), judged(1, "KS1", "3")),
                new JudgeStandard(AUDIT, "KS1", "4", "Na herweging", "Nieuw bewijs gezien", LEAD, null, null),
                new StandardJudged(AUDIT, "judgement-2", "KS1", "4", "Na herweging", NETWORK_FRAMEWORK, "judgement-1",
                        "Nieuw bewijs gezien", LEAD, NOW, null));
    }

    @Test
    void reJudgingWithoutAReasonIsRefused() {
        refused(plus(findingsOnEveryStandard(), judged(1, "KS1", "3")),
                new JudgeStandard(AUDIT, "KS1", "4", "Na herweging", null, LEAD, null, null),
                        AuditRule.REASON_REQUIRED);
    }

    @Test
    void overallJudgementWaitsUntilEveryStandardIsJudged() {
        refused(plus(findingsOnEveryStandard(), judged(1, "KS1", "3")),
                new RecordOverallJudgement(AUDIT, "3", "x", null, LEAD, null, null), AuditRule.ALL_STANDARDS_JUDGED);
    }

    @Test
    void overallJudgementIsAQualityProfileOfTheFramework() {
        List<Object> history = everyStandardJudged();
        refused(history.subList(0, history.size() - 1), new RecordOverallJudgement(AUDIT, "6", "x", null, LEAD,
                null, null),
                AuditRule.VALUE_ON_SCALE);
    }

    @Test
    void overallJudgementIsRecordedOnceAllStandardsAreJudged() {
        List<Object> history = everyStandardJudged();
        accepted(history.subList(0, history.size() - 1), new RecordOverallJudgement(AUDIT, "4", "In controle", null,
                LEAD, null, null),
                new OverallJudgementRecorded(AUDIT, "judgement-7", "4", "In controle", NETWORK_FRAMEWORK, null,
                        null, LEAD, NOW, null));
    }

    @Test
    void revisingTheOverallJudgementNamesTheEarlierOneAndWhy() {
        accepted(everyStandardJudged(), new RecordOverallJudgement(AUDIT, "4", "Herzien", "KS4 herzien", LEAD, null,
                null),
                new OverallJudgementRecorded(AUDIT, "judgement-8", "4", "Herzien", NETWORK_FRAMEWORK, "judgement-7",
                        "KS4 herzien", LEAD, NOW, null));
    }

    @Test
    void inspectorateFrameworkJudgesVoldoendeOrOnvoldoende() {
        List<Object> bka = List.of(
                new AuditScheduled(AUDIT, AUDITED_INSTITUTION, AuditKind.INSTITUTIONAL, null,
                        LocalDate.parse("2027-03-01"),
                        BKA_FRAMEWORK, ADMIN, NOW, null),
                new AuditTeamAssigned(AUDIT, LEAD_MEMBER, List.of(AUDITOR_MEMBER), ADMIN, NOW, null),
                new IntakeRecorded(AUDIT, LocalDate.parse("2027-02-01"), "Herstelonderzoek", LEAD, NOW),
                new SiteVisitStarted(AUDIT, LEAD, NOW, null),
                finding("f1", "BKA2", FindingKind.IMPROVEMENT_POINT));
        accepted(bka, new JudgeStandard(AUDIT, "BKA2", "VOLDOENDE", "Cyclus werkt", null, LEAD, null, null),
                new StandardJudged(AUDIT, "judgement-1", "BKA2", "VOLDOENDE", "Cyclus werkt", BKA_FRAMEWORK, null,
                        null, LEAD, NOW, null));
    }

    @Test
    void leadAuditorClosesTheSiteVisitWithOralFeedback() {
        accepted(onSiteVisit(), new GiveOralFeedback(AUDIT, "Dank", LEAD, null, null), new OralFeedbackGiven(AUDIT,
                "Dank", LEAD, NOW, null));
    }

    @Test
    void oralFeedbackByAnotherAuditorIsRefused() {
        refused(onSiteVisit(), new GiveOralFeedback(AUDIT, "Dank", AUDITOR, null, null), AuditRule.ONLY_LEAD_AUDITOR);
    }

    @Test
    void judgingContinuesAfterTheOralFeedback() {
        accepted(plus(findingsOnEveryStandard(), new OralFeedbackGiven(AUDIT, "Dank", LEAD, NOW, null)),
                new JudgeStandard(AUDIT, "KS1", "3", "x", null, AUDITOR, null, null),
                new StandardJudged(AUDIT, "judgement-1", "KS1", "3", "x", NETWORK_FRAMEWORK, null, null, AUDITOR,
                        NOW, null));
    }
}
