package nl.kwaliteitsnetwerk.ledger.audit.query;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps the audit read model, one document per audit, and answers queries on it. */
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
public class AuditProjection {

    public static final String PROCESSING_GROUP = "audit-view";
    private static final String BATCH_RESOURCE = AuditProjection.class.getName() + ".batch";

    private final AuditViewRepository repository;

    public AuditProjection(AuditViewRepository repository) {
        this.repository = repository;
    }

    /**
     * Idempotent: an event the stored view has already applied (by sequence number) changes nothing.
     * Within a processor's batch, each audit is read once and written once, when the batch commits and
     * before its token is stored; should the process die in between, the batch is redelivered and
     * the versions make the second application a no-op.
     */
    @EventHandler
    public void on(AuditEvent event, @SequenceNumber long sequence) {
        if (!CurrentUnitOfWork.isStarted()) {
            AuditView view = load(event.auditId());
            if (AuditViewFolder.apply(view, event, sequence)) {
                repository.save(view);
            }
            return;
        }
        Map<String, AuditView> batch = batchOf(CurrentUnitOfWork.get().root());
        AuditViewFolder.apply(batch.computeIfAbsent(event.auditId(), this::load), event, sequence);
    }

    private Map<String, AuditView> batchOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(BATCH_RESOURCE, key -> {
            Map<String, AuditView> views = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(committing -> views.values().forEach(repository::save));
            return views;
        });
    }

    private AuditView load(String auditId) {
        return repository.find(auditId).orElseGet(AuditView::new);
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
