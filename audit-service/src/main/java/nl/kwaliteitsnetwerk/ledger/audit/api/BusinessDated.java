package nl.kwaliteitsnetwerk.ledger.audit.api;

import java.time.LocalDate;

/**
 * An event of a step that happened on a business day of its own, which the command may give (a case entered
 * after the fact) and a later {@link CorrectBusinessDate} may correct. The audit keeps these steps in order.
 */
public interface BusinessDated {

    LocalDate occurredOn();
}
