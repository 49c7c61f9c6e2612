package nl.kwaliteitsnetwerk.ledger.validation.trail;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which steps of the trail to read: of an institution, a report, a standard (or capacity), an actor;
 * within a period; as known at a past instant; of some kinds only. Null means "any". It is matched
 * against an entry as the caller is shown it ({@link DisclosedTrail}), never against what the
 * caller may not see: a criterion on a field hidden from the caller selects nothing.
 */
public record TrailQuery(String institutionCode, String reportId, String standardCode, String actor, Instant from,
                         Instant to, Instant asOf, Set<TrailKind> kinds) {

    public TrailQuery {
        institutionCode = InstitutionCode.normalise(institutionCode, "institution");
    }

    public static TrailQuery ofInstitution(String institutionCode, Instant asOf) {
        return new TrailQuery(institutionCode, null, null, null, null, null, asOf, null);
    }

    public static TrailQuery ofReport(String reportId, Instant asOf) {
        return new TrailQuery(null, reportId, null, null, null, null, asOf, null);
    }

    /** Whether {@code shown}, an entry as the caller reads it, meets every criterion. */
    public boolean matches(TrailEntry shown) {
        Instant at = shown.occurredAt();
        return (institutionCode == null || shown.concerns(institutionCode)) && matches(reportId, shown.reportId())
                && matches(standardCode, shown.standardCode()) && matches(actor, shown.actor())
                && (from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to))
                && (asOf == null || !at.isAfter(asOf)) && (kinds == null || kinds.isEmpty() || kinds.contains(shown.kind()));
    }

    private static boolean matches(String wanted, String shown) {
        return wanted == null || Objects.equals(wanted, shown);
    }
}
