package nl.kwaliteitsnetwerk.ledger.audit.query;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.ProjectedViews;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.Where;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;

import java.util.List;
import java.util.Optional;

/** Keeps the audit read model, one document per audit, and answers queries on it. */
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
public class AuditProjection {

    public static final String PROCESSING_GROUP = "audit-view";

    private final ProjectedViews<AuditView, AuditEvent> views;

    public AuditProjection(AuditViewRepository views) {
        this.views = new ProjectedViews<>(views, AuditView::new, AuditEvent::auditId, AuditViewFolder::apply);
    }

    /** Idempotent: an event the stored view has already applied (by sequence number) changes nothing. */
    @EventHandler
    public void on(AuditEvent event, @SequenceNumber long sequence) {
        views.fold(event, sequence);
    }

    @QueryHandler
    public Optional<AuditView> handle(FindAudit query) {
        return views.find(query.auditId());
    }

    @QueryHandler
    public List<AuditView> handle(FindAudits query) {
        return views.findWhere(Where.fields("institution.code", query.institutionCode(), "status", query.status()));
    }
}
