package nl.kwaliteitsnetwerk.ledger.validation.supervision.web;

import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * An institution's supervision calendar as the pages read it: the API's own handler ({@link CalendarController}),
 * asked only for a registered institution and a reader the calendar's one rule
 * ({@link CalendarReaders}) lets read it; for anyone else the page has no calendar, as the API has none.
 */
@Component
public record CalendarPage(CalendarController api, InstitutionRegister register) {

    /** The calendar of {@code code} (a code in its normal form), or nothing. */
    public Optional<Object> of(String code, Caller caller) {
        if (!CalendarReaders.mayRead(caller, code) || register.byCode(code).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(api.calendar(code, null, caller));
    }
}
