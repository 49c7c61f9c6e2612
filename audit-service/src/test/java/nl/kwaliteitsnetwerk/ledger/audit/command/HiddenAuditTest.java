package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditFixtures.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One who may not see an audit (by the rule the reads follow) learns nothing of it from a command
 * either: every command is answered as one on an unknown id, before any rule that could tell its
 * phase or its parties. Once published, everyone sees it, and a command they may not give is refused
 * by its own rule.
 */
class HiddenAuditTest extends AuditRuleTest {

    /** A lead auditor, but of other audits. */
    private static final Actor OTHER_LEAD = Actor.of("lead2", Role.LEAD_AUDITOR);

    static Stream<Arguments> commandsOnAnAuditTheActorMayNotSee() {
        return Stream.of(
                hidden("a lead auditor of other audits records the intake", teamAssigned(),
                        new RecordIntake(AUDIT, LocalDate.parse("2027-02-01"), "Focus", OTHER_LEAD, null)),
                hidden("a lead auditor of other audits starts the site visit", intakeHeld(),
                        new StartSiteVisit(AUDIT, OTHER_LEAD, null)),
                hidden("an auditor off the team records a finding", onSiteVisit(),
                        new RecordFinding(AUDIT, "f1", "KS1", FindingKind.STRENGTH, "tekst", EVIDENCE, OUTSIDE_AUDITOR, null)),
                hidden("an auditor off the team records a finding in the wrong phase", conceptIssued(),
                        new RecordFinding(AUDIT, "f1", "KS1", FindingKind.STRENGTH, "tekst", EVIDENCE, OUTSIDE_AUDITOR, null)),
                hidden("an auditor off the team corrects a finding", findingsOnEveryStandard(),
                        new CorrectFinding(AUDIT, "f-KS1", "KS1", FindingKind.STRENGTH, "x", EVIDENCE, "reden",
                                OUTSIDE_AUDITOR, null)),
                hidden("an auditor off the team retracts an unknown finding", findingsOnEveryStandard(),
                        new RetractFinding(AUDIT, "no-such-finding", "reden", OUTSIDE_AUDITOR, null)),
                hidden("an auditor off the team records the overall judgement", everyStandardJudged(),
                        new RecordOverallJudgement(AUDIT, "3", "x", "herzien", OUTSIDE_AUDITOR, null, null)),
                hidden("a lead auditor of other audits gives the oral feedback", everyStandardJudged(),
                        new GiveOralFeedback(AUDIT, "Dank", OTHER_LEAD, null, null)),
                hidden("a lead auditor of other audits issues the concept report", visitClosed(),
                        new IssueConceptReport(AUDIT, "Concept", DEADLINE, OTHER_LEAD, null, null)),
                hidden("another institution comments on the concept report", conceptIssued(),
                        new CommentOnConcept(AUDIT, "c1", null, "Opmerking", OTHER_ROC, null, null)),
                hidden("a lead auditor of other audits disposes of a comment", commentedBy(ROC, "c1"),
                        new DisposeComment(AUDIT, "c1", CommentDisposition.NOT_ACCEPTED, "nee", OTHER_LEAD, null,
                                null)),
                hidden("a lead auditor of other audits reopens the audit", conceptIssued(),
                        new ReopenAudit(AUDIT, "reden", OTHER_LEAD, null, null)),
                hidden("a lead auditor of other audits finalises the report", conceptIssued(),
                        new FinaliseReport(AUDIT, "Eind", CONCEPT_DIGEST, OTHER_LEAD, null, null, null)),
                hidden("another institution records a board reaction to a final, unpublished report", finalised(),
                        new RecordBoardReaction(AUDIT, "Reactie", FINAL_DIGEST, OTHER_ROC, null)),
                hidden("a lead auditor of other audits issues an erratum to a final, unpublished report", finalised(),
                        new IssueErratum(AUDIT, "e1", "correctie", "reden", OTHER_LEAD, null, null)),
                hidden("a lead auditor of other audits publishes the summary", finalised(),
                        new PublishSummary(AUDIT, "Samenvatting", Map.of("f-KS2", LocalDate.parse("2028-01-01")),
                                OTHER_LEAD, null, null)));
    }

    private static Arguments hidden(String who, List<Object> history, Object command) {
        return arguments(Named.of(who, history), command);
    }

    @ParameterizedTest
    @MethodSource("commandsOnAnAuditTheActorMayNotSee")
    void aCommandOnAnAuditTheActorMayNotSeeIsAnsweredAsIfTheAuditDidNotExist(List<Object> history, Object command) {
        answeredAsUnknown(history, command);
    }

    @Test
    void theQualityCouncilSeesEveryAuditAndSoMeetsTheRulesThemselves() {
        refused(onSiteVisit(), new CommentOnConcept(AUDIT, "c1", null, "Opmerking", COUNCIL, null, null),
                AuditRule.WRONG_PHASE);
    }

    @Test
    void onceTheSummaryIsPublishedAnotherLeadAuditorIsRefusedByTheRuleNotAsUnknown() {
        refused(published(), new IssueErratum(AUDIT, "e1", "correctie", "reden", OTHER_LEAD, null, null),
                AuditRule.ONLY_LEAD_AUDITOR);
        refused(published(), new AcceptFollowUp(AUDIT, "fu-f-KS2", "ok", OTHER_LEAD, null), AuditRule.ONLY_LEAD_AUDITOR);
    }
}
