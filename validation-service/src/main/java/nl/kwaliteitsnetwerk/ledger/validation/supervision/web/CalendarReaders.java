package nl.kwaliteitsnetwerk.ledger.validation.supervision.web;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.kernel.text.InvalidText;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who reads an institution's calendar: the inspectorate, the validation committee, administrators and the
 * institution itself. One rule for the calendar's endpoint and for the ledger's verification of the calendar's
 * stream, whose aggregate id is the institution code.
 */
public final class CalendarReaders {

    private static final Set<Role> READERS = EnumSet.of(Role.INSPECTORATE, Role.VALIDATION_COMMITTEE, Role.ADMINISTRATOR);

    private CalendarReaders() {
    }

    /** Whether {@code caller} may read the calendar of {@code code}, a code in its normal form. */
    public static boolean mayRead(Caller caller, String code) {
        return READERS.stream().anyMatch(caller::has) || caller.actsFor(code);
    }

    /**
     * Whether {@code aggregateId} may be a calendar's that {@code caller} reads: a code in its normal form (a
     * calendar's id is never spelt otherwise) and a calendar the caller reads. Decided on the id alone, as the
     * ledger asks it while the store may be broken; whether the ledger holds such a stream is the ledger's answer.
     */
    public static boolean visibleCalendar(Caller caller, String aggregateId) {
        try {
            return aggregateId != null && !aggregateId.isEmpty()
                    && aggregateId.equals(InstitutionCode.normalise(aggregateId, "aggregateId")) && mayRead(caller, aggregateId);
        } catch (InvalidText notACode) {
            return false;
        }
    }
}
