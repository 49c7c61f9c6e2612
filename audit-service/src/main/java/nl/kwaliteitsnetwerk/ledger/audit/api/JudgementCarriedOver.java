package nl.kwaliteitsnetwerk.ledger.audit.api;

import nl.kwaliteitsnetwerk.ledger.kernel.framework.FrameworkRef;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A judgement of an earlier audit was carried over as this audit's judgement of {@code standardCode}, under this
 * audit's {@code framework}, with its reference: the source as it was judged there, and the translation between
 * the two framework versions it was carried along (null when they are the same).
 */
public record JudgementCarriedOver(
        String auditId,
        String judgementId,
        String standardCode,
        String value,
        FrameworkRef framework,
        Source source,
        Translation translation,
        Actor actor,
        Instant occurredAt,
        LocalDate occurredOn) implements AuditEvent, BusinessDated {

    public JudgementCarriedOver {
        occurredOn = BusinessTime.orDateOf(occurredOn, occurredAt);
    }

    /** The judgement carried over, as its own audit holds it. */
    public record Source(String auditId, String judgementId, FrameworkRef framework, String standardCode, String value) {
    }

    /** Who decided the translation between the framework versions, and when. */
    public record Translation(String authority, LocalDate decidedOn) {
    }
}
