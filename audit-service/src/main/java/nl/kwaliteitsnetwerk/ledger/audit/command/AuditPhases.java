package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus.*;
import static nl.kwaliteitsnetwerk.ledger.audit.command.AuditPhases.Party.*;

/**
 * Which commands an audit takes, from whom and in which phases: the one table, checked by the audit before any
 * handler runs ({@link Audit#admit}). The party is checked before the phase: one who may never give a command on
 * this audit is told so, whatever its phase. {@code AuditPhasesTest} reads the table: it names every command, and
 * every phase a row leaves out refuses the command.
 */
final class AuditPhases {

    /** Who, among those who may see an audit, gives a command; the audit knows who each of them is. */
    enum Party {
        /** Whoever the web edge admits (administrators): the audit asks no more. */
        ADMINISTRATION,
        LEAD_AUDITOR,
        AUDIT_TEAM,
        INSTITUTION_OR_COUNCIL,
        AUDITED_INSTITUTION
    }

    /** One command's row: who gives it, what it does in the words of a refusal, and the phases that allow it. */
    record Row(Party party, String what, Set<AuditStatus> phases) {
    }

    private static final Map<Class<? extends AuditCommand>, Row> TABLE = Stream.of(
            row(AssignAuditTeam.class, ADMINISTRATION, "assign the audit team", SCHEDULED, TEAM_ASSIGNED),
            row(RecordIntake.class, LEAD_AUDITOR, "record the intake", TEAM_ASSIGNED),
            row(StartSiteVisit.class, LEAD_AUDITOR, "start the site visit", INTAKE_HELD),
            row(RecordFinding.class, AUDIT_TEAM, "record a finding", SITE_VISIT, REOPENED),
            row(CorrectFinding.class, AUDIT_TEAM, "correct a finding", SITE_VISIT, REOPENED),
            row(RetractFinding.class, AUDIT_TEAM, "retract a finding", SITE_VISIT, REOPENED),
            row(JudgeStandard.class, AUDIT_TEAM, "judge a standard", SITE_VISIT, VISIT_CLOSED, REOPENED),
            row(RecordOverallJudgement.class, AUDIT_TEAM, "record the overall judgement",
                    SITE_VISIT, VISIT_CLOSED, REOPENED),
            row(GiveOralFeedback.class, LEAD_AUDITOR, "give the oral feedback", SITE_VISIT),
            row(IssueConceptReport.class, LEAD_AUDITOR, "issue the concept report", VISIT_CLOSED, REOPENED),
            row(ReopenAudit.class, LEAD_AUDITOR, "reopen the audit", CONCEPT_ISSUED),
            row(CommentOnConcept.class, INSTITUTION_OR_COUNCIL, "comment on the concept report", CONCEPT_ISSUED),
            row(DisposeComment.class, LEAD_AUDITOR, "dispose of a comment", CONCEPT_ISSUED, REOPENED),
            row(FinaliseReport.class, LEAD_AUDITOR, "finalise the report", CONCEPT_ISSUED),
            row(IssueErratum.class, LEAD_AUDITOR, "issue an erratum to the final report", FINALISED, PUBLISHED),
            row(PublishSummary.class, LEAD_AUDITOR, "publish the summary", FINALISED),
            // follow-up actions exist from the publication on
            row(ReportFollowUpDone.class, AUDITED_INSTITUTION, "report a follow-up action done", PUBLISHED),
            row(AcceptFollowUp.class, LEAD_AUDITOR, "accept a follow-up action", PUBLISHED),
            row(ReopenFollowUp.class, LEAD_AUDITOR, "reopen a follow-up action", PUBLISHED),
            // which step it corrects decides whether there is a date to correct
            row(CorrectBusinessDate.class, LEAD_AUDITOR, "correct the business date of a step", TEAM_ASSIGNED,
                    INTAKE_HELD, SITE_VISIT, VISIT_CLOSED, CONCEPT_ISSUED, REOPENED, FINALISED, PUBLISHED),
            row(CarryOverJudgement.class, LEAD_AUDITOR, "carry over a judgement", SITE_VISIT, VISIT_CLOSED, REOPENED),
            row(RecordBoardReaction.class, AUDITED_INSTITUTION, "record the board's reaction to the final report",
                    FINALISED, PUBLISHED))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private AuditPhases() {
    }

    /** The row of {@code type}; every command on an audit has one, which {@code AuditPhasesTest} proves. */
    static Row of(Class<? extends AuditCommand> type) {
        Row row = TABLE.get(type);
        if (row == null) {
            throw new IllegalStateException("the audit's phase table names no " + type.getSimpleName());
        }
        return row;
    }

    private static Map.Entry<Class<? extends AuditCommand>, Row> row(Class<? extends AuditCommand> type, Party party,
                                                                     String what, AuditStatus first, AuditStatus... more) {
        return Map.entry(type, new Row(party, what, Collections.unmodifiableSet(EnumSet.of(first, more))));
    }
}
