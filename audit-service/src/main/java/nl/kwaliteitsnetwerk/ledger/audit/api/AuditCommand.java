package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

/**
 * A command on an audit that exists: who gives it, and the version of the audit they last saw (null
 * for whatever it is now). The audit compares that version itself, after it has decided that the one
 * acting may see it at all, so that a stale version never confirms an audit to one who may not see it.
 * Sealed, so that the audit's phase table can be proven to name every one.
 */
public sealed interface AuditCommand permits
        AssignAuditTeam,
        RecordIntake,
        StartSiteVisit,
        RecordFinding,
        FindingChange,
        JudgeStandard,
        RecordOverallJudgement,
        GiveOralFeedback,
        IssueConceptReport,
        ReopenAudit,
        CommentOnConcept,
        DisposeComment,
        FinaliseReport,
        IssueErratum,
        PublishSummary,
        FollowUpCommand,
        CorrectBusinessDate,
        CarryOverJudgement,
        RecordBoardReaction {

    String auditId();

    Actor actor();

    Long expectedVersion();
}
