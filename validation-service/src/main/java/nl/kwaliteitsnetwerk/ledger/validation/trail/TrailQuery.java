package nl.kwaliteitsnetwerk.ledger.validation.trail;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import java.time.Instant;
import java.util.Set;

/**
 * Which steps of the trail to read: of an institution, a report, a standard (or capacity), an actor;
 * within a period; as known at a past instant; of some kinds only. Null means "any".
 */
public record TrailQuery(String institutionCode, String reportId, String standardCode, String actor, Instant from,
                         Instant to, Instant asOf, Set<TrailKind> kinds) {

    public TrailQuery {
        institutionCode = InstitutionCode.normalise(institutionCode, "institution");
    }

    public static TrailQuery ofReport(String reportId) {
        return new TrailQuery(null, reportId, null, null, null, null, null, null);
    }

    boolean matchesTimeAndKind(TrailEntry entry) {
        Instant at = entry.occurredAt();
        return (from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to))
                && (asOf == null || !at.isAfter(asOf)) && (kinds == null || kinds.isEmpty() || kinds.contains(entry.kind()));
    }
}
