package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.error.CommonErrors;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approvals bound to content: each cites the content digest of exactly the report version it approves. The
 * finalisation approves the concept revision it finalises, the board's reaction the version in force; an approval
 * on another digest was given on content that changed since, and is refused as stale content.
 */
class ReportApprovalTest extends AuditRuleTest {

    private static final String REACTION = "Het bestuur herkent zich in de bevindingen en pakt KS2 op.";
    private static final String ERRATUM_DIGEST = erratum("e1", FINAL_DIGEST).reportDigest();

    private static FinaliseReport finalise(String approvedDigest) {
        return new FinaliseReport(AUDIT, "Eindrapport", approvedDigest, LEAD, null, null, null);
    }

    private static RecordBoardReaction react(String approvedDigest) {
        return new RecordBoardReaction(AUDIT, REACTION, approvedDigest, ROC, null);
    }

    /** When the board reacts in these tests: after the final report and its errata. */
    private static final Instant REACTED_AT = ERRATUM_AT.plusSeconds(60);

    private static BoardReactionRecorded reacted(String approvedDigest) {
        return new BoardReactionRecorded(AUDIT, REACTION, approvedDigest, ROC, REACTED_AT);
    }

    @Test
    void aConceptStatesTheJudgementsInForceAndItsContentDigest() {
        ConceptReportIssued concept = issuedConcept(1, "Conceptrapport");
        accepted(visitClosed(), new IssueConceptReport(AUDIT, "Conceptrapport", DEADLINE, LEAD, null, null), concept);
        assertThat(concept.reportDigest()).isEqualTo(ReportDigest.of(concept)).matches(ReportDigest.PATTERN);
    }

    @Test
    void theDigestIsOfExactlyTheContent() {
        assertThat(ReportDigest.ofConcept(AUDIT, 1, "Conceptrapport", JUDGED, "3"))
                .as("same content, same digest").isEqualTo(CONCEPT_DIGEST)
                .as("another text").isNotEqualTo(ReportDigest.ofConcept(AUDIT, 1, "Conceptrapport.", JUDGED, "3"))
                .as("another revision").isNotEqualTo(ReportDigest.ofConcept(AUDIT, 2, "Conceptrapport", JUDGED, "3"))
                .as("another audit").isNotEqualTo(ReportDigest.ofConcept("audit-2", 1, "Conceptrapport", JUDGED, "3"))
                .as("another judgement").isNotEqualTo(ReportDigest.ofConcept(AUDIT, 1, "Conceptrapport",
                        plusJudgement("KS4", "2"), "3"));
        assertThat(ReportDigest.ofFinal(AUDIT, NETWORK_FRAMEWORK, "Conceptrapport", JUDGED, "3", List.of()))
                .as("a final report never shares a concept's digest").isNotEqualTo(CONCEPT_DIGEST);
        assertThat(ReportDigest.ofErratum(AUDIT, FINAL_DIGEST, "e1", "x", "y"))
                .as("an erratum's digest covers the version it supersedes")
                .isNotEqualTo(ReportDigest.ofErratum(AUDIT, CONCEPT_DIGEST, "e1", "x", "y"));
    }

    private static Map<String, String> plusJudgement(String standard, String value) {
        Map<String, String> judged = new HashMap<>(JUDGED);
        judged.put(standard, value);
        return judged;
    }

    @Test
    void finalisationCitesTheDigestOfTheConceptItFinalises() {
        clock.set(DEADLINE.plusSeconds(1));
        accepted(conceptIssued(), finalise(CONCEPT_DIGEST), new ReportFinalised(AUDIT, "Eindrapport",
                NETWORK_FRAMEWORK, JUDGED, "3", List.of("f-KS2"), CONCEPT_DIGEST, FINAL_DIGEST, LEAD, DEADLINE.plusSeconds(1),
                null, null));
    }

    @Test
    void finalisationOnAnEarlierConceptRevisionIsRefusedAsStaleContent() {
        clock.set(DEADLINE.plusSeconds(1));
        List<Object> reissued = plus(reopened(), issuedConcept(2, "Conceptrapport, herzien op KS4"));
        refused(reissued, finalise(CONCEPT_DIGEST), AuditRule.STALE_CONTENT);
    }

    @Test
    void finalisationWithoutADigestIsRefused() {
        clock.set(DEADLINE.plusSeconds(1));
        refused(conceptIssued(), finalise(" "), AuditRule.REQUIRED_TEXT);
    }

    @Test
    void anErratumSupersedesTheVersionInForceAndNamesBoth() {
        clock.set(ERRATUM_AT);
        accepted(finalised(), new IssueErratum(AUDIT, "e1", "x", "y", LEAD, null, null), erratum("e1", FINAL_DIGEST));
        accepted(plus(finalised(), erratum("e1", FINAL_DIGEST)),
                new IssueErratum(AUDIT, "e2", "x", "y", LEAD, null, null), erratum("e2", ERRATUM_DIGEST));
    }

    @Test
    void theBoardReactsToTheFinalReportCitingItsDigest() {
        clock.set(REACTED_AT);
        accepted(finalised(), react(FINAL_DIGEST), reacted(FINAL_DIGEST));
        accepted(published(), react(FINAL_DIGEST), reacted(FINAL_DIGEST));
    }

    @Test
    void aBoardReactionOnAVersionAnErratumSupersededIsRefusedAsStaleContent() {
        clock.set(REACTED_AT);
        refused(plus(finalised(), erratum("e1", FINAL_DIGEST)), react(FINAL_DIGEST), AuditRule.STALE_CONTENT);
    }

    @Test
    void afterAnErratumTheBoardReactsToTheCorrectedVersion() {
        clock.set(REACTED_AT);
        accepted(plus(finalised(), reacted(FINAL_DIGEST), erratum("e1", FINAL_DIGEST)), react(ERRATUM_DIGEST),
                reacted(ERRATUM_DIGEST));
    }

    @Test
    void theBoardReactsOnceToAVersion() {
        clock.set(REACTED_AT);
        refused(plus(finalised(), reacted(FINAL_DIGEST)), react(FINAL_DIGEST), AuditRule.BOARD_REACTED_ONCE);
    }

    @Test
    void aBoardReactionNeedsItsTextAndItsDigest() {
        clock.set(REACTED_AT);
        refused(finalised(), new RecordBoardReaction(AUDIT, " ", FINAL_DIGEST, ROC, null), AuditRule.REQUIRED_TEXT);
        refused(finalised(), new RecordBoardReaction(AUDIT, REACTION, null, ROC, null), AuditRule.REQUIRED_TEXT);
    }

    /** The Kwaliteitsraad and the lead auditor see the audit, so they are refused by the rule, not as unknown. */
    @Test
    void onlyTheAuditedInstitutionRecordsItsBoardsReaction() {
        clock.set(REACTED_AT);
        for (Actor other : List.of(COUNCIL, LEAD)) {
            refused(finalised(), new RecordBoardReaction(AUDIT, REACTION, FINAL_DIGEST, other, null),
                    AuditRule.ONLY_AUDITED_INSTITUTION);
        }
    }

    @Test
    void aBoardReactionEnteredAfterTheFactCarriesItsDayButNotADayBeforeTheVersionItReactsTo() {
        clock.set(REACTED_AT.plus(Duration.ofDays(400)));
        LocalDate finalisedOn = BusinessTime.dateOf(DEADLINE.plusSeconds(1));
        accepted(finalised(), new RecordBoardReaction(AUDIT, REACTION, FINAL_DIGEST, ROC, null, finalisedOn.plusDays(7)),
                new BoardReactionRecorded(AUDIT, REACTION, FINAL_DIGEST, ROC, clock.instant(), finalisedOn.plusDays(7)));
        refused(finalised(), new RecordBoardReaction(AUDIT, REACTION, FINAL_DIGEST, ROC, null, finalisedOn.minusDays(1)),
                AuditRule.BUSINESS_DATE_IN_ORDER);
        LocalDate correctedOn = BusinessTime.dateOf(ERRATUM_AT);
        refused(plus(finalised(), erratum("e1", FINAL_DIGEST)), new RecordBoardReaction(AUDIT, REACTION, ERRATUM_DIGEST,
                ROC, null, correctedOn.minusDays(1)), AuditRule.BUSINESS_DATE_IN_ORDER);
    }

    @Test
    void theBoardReactsOnlyToAFinalReport() {
        refused(conceptIssued(), react(CONCEPT_DIGEST), AuditRule.WRONG_PHASE);
    }

    @Test
    void aStoredDigestThatIsNotTheDigestOfItsContentIsABreakAndTheAuditIsNotChanged() {
        List<Object> finalised = finalised();
        ReportFinalised stored = (ReportFinalised) finalised.get(finalised.size() - 1);
        ReportFinalised altered = new ReportFinalised(AUDIT, "Eindrapport, achteraf gewijzigd", stored.framework(),
                stored.standardJudgements(), stored.overallJudgement(), stored.improvementPointIds(),
                stored.approvedDigest(), stored.reportDigest(), stored.actor(), stored.occurredAt(), null, null);
        List<Object> history = plus(finalised.subList(0, finalised.size() - 1).stream().toList(), altered);
        refused(history, react(FINAL_DIGEST), CommonErrors.LEDGER_INTEGRITY);
    }

    @Test
    void anErratumThatNamesAnotherSupersededVersionIsABreak() {
        ErratumIssued forged = new ErratumIssued(AUDIT, "e1", "x", "y", CONCEPT_DIGEST,
                ReportDigest.ofErratum(AUDIT, CONCEPT_DIGEST, "e1", "x", "y"), LEAD, NOW, null);
        refused(plus(finalised(), forged), react(FINAL_DIGEST), CommonErrors.LEDGER_INTEGRITY);
    }

    @Test
    void reportsStoredBeforeDigestsHaveTheirDigestComputedOnRead() {
        clock.set(DEADLINE.plusSeconds(1));
        ConceptReportIssued old = new ConceptReportIssued(AUDIT, 1, "Conceptrapport", DEADLINE, null, null, null, LEAD, NOW,
                null);
        String computed = ReportDigest.ofConcept(AUDIT, 1, "Conceptrapport", null, null);
        fixture.given(plus(visitClosed(), old)).when(finalise(computed)).expectSuccessfulHandlerExecution();
        clock.set(REACTED_AT);

        ReportFinalised oldFinal = new ReportFinalised(AUDIT, "Eindrapport", NETWORK_FRAMEWORK, JUDGED, "3",
                List.of("f-KS2"), null, null, LEAD, DEADLINE.plusSeconds(1), null, null);
        ErratumIssued oldErratum = new ErratumIssued(AUDIT, "e1", "x", "y", null, null, LEAD, NOW, null);
        accepted(plus(visitClosed(), old, oldFinal, oldErratum), react(ERRATUM_DIGEST), reacted(ERRATUM_DIGEST));
    }
}
