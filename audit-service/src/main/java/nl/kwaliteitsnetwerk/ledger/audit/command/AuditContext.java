package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditScheduled;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.AssessmentFramework;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkCatalog;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEvent;
import org.axonframework.messaging.MetaData;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * What the audit and each of its findings, comments and follow-up actions know of the audit they belong to,
 * fixed when it is scheduled: which audit, of which institution, under which framework version.
 */
record AuditContext(String auditId, String institutionCode, FrameworkRef frameworkRef) {

    static AuditContext of(AuditScheduled scheduled) {
        return new AuditContext(scheduled.auditId(), scheduled.institution().code(), scheduled.framework());
    }

    /** Records {@code event}, with the audited institution in its metadata, for the feeds that are keyed by it. */
    void append(AuditEvent event) {
        apply(event, MetaData.with(IntegrationEvent.INSTITUTION_METADATA, institutionCode));
    }

    /** Records {@code event} on an audit that exists, and answers the version it brings the audit to. */
    long record(AuditEvent event) {
        append(event);
        return getVersion();
    }

    AssessmentFramework framework(FrameworkCatalog frameworks) {
        return frameworks.find(frameworkRef).orElseThrow(() ->
                new IllegalStateException("framework " + frameworkRef + " of audit " + auditId + " is no longer known"));
    }
}
