package nl.kwaliteitsnetwerk.ledger.validation.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kwaliteitsnetwerk.ledger.kernel.error.RuleViolation;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.InstitutionCode;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.institution.InstitutionRegister;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.validation.DateWindow;
import nl.kwaliteitsnetwerk.ledger.platform.validation.FieldLimits;
import nl.kwaliteitsnetwerk.ledger.platform.validation.SingleLine;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandAccepted;
import nl.kwaliteitsnetwerk.ledger.platform.web.CommandSender;
import nl.kwaliteitsnetwerk.ledger.platform.web.ExpectedVersion;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.RecordSignal;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SetSupervisionTerm;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.query.CalendarReads;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.query.CalendarView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An institution's supervision calendar: read by the inspectorate, the validation committee, administrators and
 * the institution itself (anyone else finds no calendar, as for a code never used); the inspectorate sets the
 * follow-up supervision term and records the signals that tighten it.
 */
@RestController
@Tag(name = "Supervision calendar")
class CalendarController {

    static final int DEFAULT_TERM_YEARS = 4;

    private final CalendarReads calendars;
    private final CommandSender commands;
    private final InstitutionRegister register;
    private final Clock clock;

    CalendarController(CalendarReads calendars, CommandSender commands, InstitutionRegister register, Clock clock) {
        this.calendars = calendars;
        this.commands = commands;
        this.register = register;
        this.clock = clock;
    }

    record TermRequest(@NotNull @DateWindow(yearsBack = 10, yearsAhead = 2) LocalDate startsOn,
                       @Min(1) @Max(10) Integer years,
                       @NotBlank @SingleLine @Size(max = FieldLimits.REFERENCE) String reference) {
    }

    record SignalRequest(@NotNull @DateWindow(yearsBack = 10, yearsAhead = 0) LocalDate signalledOn,
                         @NotBlank String summary,
                         @NotNull @DateWindow(yearsBack = 10, yearsAhead = 12) LocalDate tightenedEndsOn) {
    }

    @SignedIn
    @GetMapping("/institutions/{institutionCode}/calendar")
    @Operation(summary = "The institution's last and next audit and dialogue, its follow-up supervision term, its open "
            + "follow-ups and the deadlines that passed; with asOf, as it stood then")
    CalendarResponse calendar(@PathVariable String institutionCode,
                              @Parameter(description = "an ISO-8601 instant: the calendar as it stood then")
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                              Caller caller) {
        String code = InstitutionCode.normalise(institutionCode, "institutionCode");
        boolean mayRead = CalendarReaders.mayRead(caller, code);
        Instant at = asOf == null ? clock.instant() : asOf;
        CalendarView view = mayRead ? calendars.of(code, at).orElseGet(() -> registered(code)) : null;
        if (view == null) {
            throw RuleViolation.notFound(institutionCode);
        }
        return CalendarResponse.of(code, register.displayName(code), view, LocalDate.ofInstant(at, clock.getZone()));
    }

    @Allowed(Role.INSPECTORATE)
    @PostMapping("/institutions/{institutionCode}/calendar/term")
    @Operation(summary = "Set the follow-up supervision term after an investigation: start, years (4 unless said), "
            + "the investigation or report it follows (the inspectorate)")
    ResponseEntity<CommandAccepted> setTerm(@PathVariable String institutionCode, @Valid @RequestBody TermRequest body,
                                            ExpectedVersion expected, Actor inspector) {
        String code = known(institutionCode);
        int years = body.years() == null ? DEFAULT_TERM_YEARS : body.years();
        return commands.send(code, null, new SetSupervisionTerm(code, body.startsOn(), years, body.reference(), inspector,
                expected.orAny()));
    }

    @Allowed(Role.INSPECTORATE)
    @PostMapping("/institutions/{institutionCode}/calendar/signals")
    @Operation(summary = "Record a signal that tightens the running term to an earlier end (the inspectorate)")
    ResponseEntity<CommandAccepted> recordSignal(@PathVariable String institutionCode, @Valid @RequestBody SignalRequest body,
                                                 ExpectedVersion expected, Actor inspector) {
        String code = known(institutionCode);
        return commands.send(code, null, new RecordSignal(code, body.signalledOn(), body.summary(), body.tightenedEndsOn(),
                inspector, expected.orAny()));
    }

    /** A registered institution's calendar before anything concerned it: empty; an unregistered code has none. */
    private CalendarView registered(String code) {
        if (register.byCode(code).isEmpty()) {
            return null;
        }
        CalendarView empty = new CalendarView();
        empty.institutionCode = code;
        return empty;
    }

    private String known(String institutionCode) {
        String code = InstitutionCode.normalise(institutionCode, "institutionCode");
        if (register.byCode(code).isEmpty() && calendars.of(code, clock.instant()).isEmpty()) {
            throw RuleViolation.notFound(institutionCode);
        }
        return code;
    }
}
