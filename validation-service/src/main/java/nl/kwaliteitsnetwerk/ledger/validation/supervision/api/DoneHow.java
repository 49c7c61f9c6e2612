package nl.kwaliteitsnetwerk.ledger.validation.supervision.api;

/** How a follow-up was done: reported done by the institution, accepted by the lead auditor, or completed on the agenda. */
public enum DoneHow { REPORTED_DONE, ACCEPTED, COMPLETED }
