package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;

/** Every fact about an audit says which audit, who did it in which role, and when. */
public sealed interface AuditEvent permits
        AuditScheduled,
        AuditTeamAssigned,
        IntakeRecorded,
        SiteVisitStarted,
        FindingRecorded,
        FindingCorrected,
        FindingRetracted,
        StandardJudged,
        OverallJudgementRecorded,
        OralFeedbackGiven,
        ConceptReportIssued,
        AuditReopened,
        ConceptCommented,
        CommentDisposed,
        ReportFinalised,
        ErratumIssued,
        PublicSummaryPublished,
        FollowUpActionOpened,
        FollowUpReportedDone,
        FollowUpAccepted,
        FollowUpReopened {

    String auditId();

    Actor actor();

    Instant occurredAt();
}
