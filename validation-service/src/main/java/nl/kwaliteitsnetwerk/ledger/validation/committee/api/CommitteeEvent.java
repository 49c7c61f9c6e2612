package nl.kwaliteitsnetwerk.ledger.validation.committee.api;

/** A fact about the validation committee's composition. */
public sealed interface CommitteeEvent extends ValidationEvent permits CommitteeComposed, MembershipChanged {
}
