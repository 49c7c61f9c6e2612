package nl.kwaliteitsnetwerk.ledger.platform.security;

/**
 * Whether a caller may know that a record of the service (an aggregate of any type) exists: the
 * service's own access rules, asked by the platform's endpoints that take an aggregate id (such as
 * the ledger's verification of one aggregate), so that they answer 404 for what the caller may not
 * see exactly as for an unknown id. Every service provides one.
 */
@FunctionalInterface
public interface AggregateVisibility {

    boolean visibleTo(Caller caller, String aggregateId);
}
