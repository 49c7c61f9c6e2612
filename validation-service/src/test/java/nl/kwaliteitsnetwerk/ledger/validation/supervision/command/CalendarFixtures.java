package nl.kwaliteitsnetwerk.ledger.validation.supervision.command;

import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.testsupport.MutableClock;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CalendarOpened;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionTermSet;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The calendar of 29WT and the people who act on it, as fixture histories. */
final class CalendarFixtures {

    static final String CODE = "29WT";
    static final Instant NOW = Instant.parse("2027-06-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2027-06-01");
    static final Actor INSPECTOR = Actor.of("inspector", Role.INSPECTORATE);
    static final Actor COMMITTEE = Actor.of("committee", Role.VALIDATION_COMMITTEE);
    static final LocalDate TERM_START = LocalDate.parse("2026-01-15");
    static final LocalDate TERM_END = LocalDate.parse("2030-01-15");

    private CalendarFixtures() {
    }

    static AggregateTestFixture<SupervisionCalendar> fixture(MutableClock clock) {
        AggregateTestFixture<SupervisionCalendar> fixture = new AggregateTestFixture<>(SupervisionCalendar.class);
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    static CalendarOpened opened() {
        return new CalendarOpened(CODE, NOW);
    }

    static SupervisionTermSet termSet() {
        return new SupervisionTermSet(CODE, TERM_START, 4, TERM_END, "herstelonderzoek-2025", null, INSPECTOR, NOW);
    }

    static List<Object> withTerm() {
        return List.of(opened(), termSet());
    }

    static List<Object> plus(List<Object> history, Object... events) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(List.of(events));
        return all;
    }
}
