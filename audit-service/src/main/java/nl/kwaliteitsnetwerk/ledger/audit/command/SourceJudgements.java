package nl.kwaliteitsnetwerk.ledger.audit.command;

import nl.kwaliteitsnetwerk.ledger.audit.access.AuditAccess;
import nl.kwaliteitsnetwerk.ledger.audit.access.AuditStanding;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditEvent;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditScheduled;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditStatus;
import nl.kwaliteitsnetwerk.ledger.audit.api.AuditTeamAssigned;
import nl.kwaliteitsnetwerk.ledger.audit.api.BusinessDateCorrected;
import nl.kwaliteitsnetwerk.ledger.audit.api.JudgementCarriedOver;
import nl.kwaliteitsnetwerk.ledger.audit.api.ReportFinalised;
import nl.kwaliteitsnetwerk.ledger.audit.api.StandardJudged;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Viewer;
import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * A judgement of another audit as that audit holds it now, with the business day its report was finalised on
     * (as corrected; null if it was not finalised).
     */
    public record SourceJudgement(String auditId, String judgementId, String institutionCode, FrameworkRef framework,
                                  String standardCode, String value, LocalDate finalisedOn,
                                  boolean latestOnItsStandard) {

        boolean auditFinalised() {
            return finalisedOn != null;
        }
    }

    /**
     * The judgement, if there is one and {@code actor} may read its audit in full by {@link AuditAccess}, the rule
     * the reads follow; else empty, exactly as for an unknown id, so the answer does not tell whether that audit
     * exists. The public part of a published audit is not enough: it does not show the findings and the rationale
     * the judgement rests on, and whoever carries it over adopts those, so must be able to read them.
     */
    public Optional<SourceJudgement> find(String auditId, String judgementId, Actor actor) {
        if (auditId == null || judgementId == null) {
            return Optional.empty();
        }
        String institution = null;
        Set<String> team = Set.of();
        AuditStatus status = null;
        LocalDate finalisedOn = null;
        Map<String, String> latestByStandard = new HashMap<>();
        SourceJudgement found = null;
        for (AuditEvent event : history.apply(auditId)) {
            status = AuditStatus.after(event, status);
            if (event instanceof AuditScheduled e) {
                institution = e.institution().code();
            } else if (event instanceof AuditTeamAssigned e) {
                team = teamOf(e);
            } else if (event instanceof ReportFinalised e) {
                finalisedOn = e.occurredOn();
            } else if (event instanceof BusinessDateCorrected e && e.step() == AuditStatus.FINALISED) {
                // a correction names the latest step into its phase: the finalisation folded last
                finalisedOn = e.correctedDate();
            } else if (event instanceof StandardJudged e) {
                latestByStandard.put(e.standardCode(), e.judgementId());
                found = judgementId.equals(e.judgementId()) ? new SourceJudgement(auditId, e.judgementId(), null,
                        e.framework(), e.standardCode(), e.value(), null, false) : found;
            } else if (event instanceof JudgementCarriedOver e) {
                latestByStandard.put(e.standardCode(), e.judgementId());
                found = judgementId.equals(e.judgementId()) ? new SourceJudgement(auditId, e.judgementId(), null,
                        e.framework(), e.standardCode(), e.value(), null, false) : found;
            }
        }
        if (found == null || institution == null || actor == null
                || AuditAccess.of(Viewer.of(actor), new AuditStanding(institution, team, status)) != Access.FULL) {
            return Optional.empty();
        }
        return Optional.of(new SourceJudgement(auditId, judgementId, institution, found.framework(),
                found.standardCode(), found.value(), finalisedOn,
                judgementId.equals(latestByStandard.get(found.standardCode()))));
    }

    private static Set<String> teamOf(AuditTeamAssigned assigned) {
        Set<String> team = new HashSet<>();
        team.add(assigned.leadAuditor().userId());
        assigned.auditors().forEach(member -> team.add(member.userId()));
        return team;
    }
}
