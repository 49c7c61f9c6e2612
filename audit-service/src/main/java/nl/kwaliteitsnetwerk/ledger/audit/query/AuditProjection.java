package nl.kwaliteitsnetwerk.ledger.audit.query;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
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

    private final AuditViewRepository repository;

    public AuditProjection(AuditViewRepository repository) {
        this.repository = repository;
    }

    /** Idempotent: an event the stored view has already applied (by sequence number) changes nothing. */
    @EventHandler
    public void on(AuditEvent event, @SequenceNumber long sequence) {
        AuditView view = repository.find(event.auditId()).orElseGet(AuditView::new);
        if (AuditViewFolder.apply(view, event, sequence)) {
            repository.save(view);
        }
    }

    @QueryHandler
    public Optional<AuditView> handle(FindAudit query) {
        return repository.find(query.auditId());
    }

    @QueryHandler
    public List<AuditView> handle(FindAudits query) {
        return repository.findAll(query.institutionCode(), query.status());
    }
}
