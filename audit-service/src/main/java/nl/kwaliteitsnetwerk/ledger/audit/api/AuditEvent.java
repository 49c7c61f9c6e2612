package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;
import java.time.LocalDate;

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
        FollowUpReopened,
        BusinessDateCorrected,
        JudgementCarriedOver,
        BoardReactionRecorded {

    String auditId();

    Actor actor();

    Instant occurredAt();

    /**
     * The day it happened. Steps that may be entered after the fact carry their own ({@link BusinessDated});
     * every other event happened on the day it was recorded.
     */
    default LocalDate occurredOn() {
        return BusinessTime.dateOf(occurredAt());
    }
}
