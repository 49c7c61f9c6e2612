package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditScheduled;
import nl.kwaliteitsnetwerk.ledger.audit.api.JudgementCarriedOver;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportFinalised;
import nl.kwaliteitsnetwerk.ledger.audit.api.StandardJudged;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The judgements of other audits, for an audit that carries one over. An aggregate cannot read another, so the
 * audit is given this as a parameter of its handler (as it is given the framework catalogue) and asks it for the
 * one judgement a command names. It reads that audit's events from the event store, which verifies them on the
 * way as it does for every load; so the audit decides on the source as the ledger holds it, not on what a caller
 * said it was (which is why the controller does not look the source up and pass it in).
 */
public class SourceJudgements {

    private final Function<String, List<AuditEvent>> history;

    /** {@code history}: the events of an audit by its id, in order; empty for an unknown id. */
    public SourceJudgements(Function<String, List<AuditEvent>> history) {
        this.history = history;
    }

    public static SourceJudgements from(EventStore eventStore) {
        return new SourceJudgements(auditId -> {
            List<AuditEvent> events = new ArrayList<>();
            DomainEventStream stream = eventStore.readEvents(auditId);
            while (stream.hasNext()) {
                DomainEventMessage<?> message = stream.next();
                if (message.getPayload() instanceof AuditEvent event) {
                    events.add(event);
                }
            }
            return events;
        });
    }

    /** A judgement of another audit as that audit holds it now; empty if there is no such audit or judgement. */
    public record SourceJudgement(String auditId, String judgementId, String institutionCode, FrameworkRef framework,
                                  String standardCode, String value, boolean auditFinalised,
                                  boolean latestOnItsStandard) {
    }

    public Optional<SourceJudgement> find(String auditId, String judgementId) {
        if (auditId == null || judgementId == null) {
            return Optional.empty();
        }
        String institution = null;
        boolean finalised = false;
        Map<String, String> latestByStandard = new HashMap<>();
        SourceJudgement found = null;
        for (AuditEvent event : history.apply(auditId)) {
            if (event instanceof AuditScheduled e) {
                institution = e.institution().code();
            } else if (event instanceof ReportFinalised) {
                finalised = true;
            } else if (event instanceof StandardJudged e) {
                latestByStandard.put(e.standardCode(), e.judgementId());
                found = judgementId.equals(e.judgementId()) ? new SourceJudgement(auditId, e.judgementId(), null,
                        e.framework(), e.standardCode(), e.value(), false, false) : found;
            } else if (event instanceof JudgementCarriedOver e) {
                latestByStandard.put(e.standardCode(), e.judgementId());
                found = judgementId.equals(e.judgementId()) ? new SourceJudgement(auditId, e.judgementId(), null,
                        e.framework(), e.standardCode(), e.value(), false, false) : found;
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(new SourceJudgement(auditId, judgementId, institution, found.framework(),
                found.standardCode(), found.value(), finalised,
                judgementId.equals(latestByStandard.get(found.standardCode()))));
    }
}
