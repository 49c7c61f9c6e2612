package nl.kwaliteitsnetwerk.ledger.audit.query;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.BatchedViewWriter;
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
    private final BatchedViewWriter<AuditView> writer;

    public AuditProjection(AuditViewRepository repository) {
        this.repository = repository;
        this.writer = new BatchedViewWriter<>(repository, id -> new AuditView());
    }

    /** Idempotent: an event the stored view has already applied (by sequence number) changes nothing. */
    @EventHandler
    public void on(AuditEvent event, @SequenceNumber long sequence) {
        writer.update(event.auditId(), view -> AuditViewFolder.apply(view, event, sequence));
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
