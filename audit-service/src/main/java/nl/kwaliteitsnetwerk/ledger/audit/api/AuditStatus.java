package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.util.Map;

/** Where an audit is in its lifecycle. */
public enum AuditStatus {
    SCHEDULED,
    TEAM_ASSIGNED,
    INTAKE_HELD,
    SITE_VISIT,
    VISIT_CLOSED,
    CONCEPT_ISSUED,
    REOPENED,
    FINALISED,
    PUBLISHED;

    /** The phase each event that moves an audit on leads into; every other event leaves the phase as it was. */
    private static final Map<Class<? extends AuditEvent>, AuditStatus> LEADS_INTO = Map.of(
            AuditScheduled.class, SCHEDULED,
            AuditTeamAssigned.class, TEAM_ASSIGNED,
            IntakeRecorded.class, INTAKE_HELD,
            SiteVisitStarted.class, SITE_VISIT,
            OralFeedbackGiven.class, VISIT_CLOSED,
            ConceptReportIssued.class, CONCEPT_ISSUED,
            AuditReopened.class, REOPENED,
            ReportFinalised.class, FINALISED,
            PublicSummaryPublished.class, PUBLISHED);

    /**
     * The phase an audit is in after {@code event}, when it was in {@code before}: the one answer the audit
     * itself and every view folded from its events give.
     */
    public static AuditStatus after(AuditEvent event, AuditStatus before) {
        return LEADS_INTO.getOrDefault(event.getClass(), before);
    }
}
