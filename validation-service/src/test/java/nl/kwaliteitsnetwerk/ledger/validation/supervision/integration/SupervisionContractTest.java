package nl.kwaliteitsnetwerk.ledger.validation.supervision.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Actor;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventTranslator.Translation;
import nl.kwaliteitsnetwerk.ledger.testsupport.PinnedJson;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CalendarOpened;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CycleVisitOverdue;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.CycleVisitRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.DoneHow;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpDone;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpOverdue;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.ReportOutsideCycle;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.ReportPublishedOutsideCycle;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpRescheduled;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.FollowUpTracked;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionEvent;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionSignalRecorded;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionTermEnded;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.SupervisionTermSet;
import nl.kwaliteitsnetwerk.ledger.validation.supervision.api.VisitKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendars' events as integration events ({@code supervision.*} on the validation topic), pinned one of each
 * kind in {@code src/test/resources/supervision-contract}: a change of shape is a change of contract (renew with
 * {@code -Dsnapshots.update=true} and raise the schema version). The inspectorate's steps name who took them;
 * what the calendar records by itself names no one.
 */
class SupervisionContractTest {

    private static final ObjectMapper AS_TEXT = new ObjectMapper();
    private static final Instant AT = Instant.parse("2027-06-01T09:00:00Z");
    private static final LocalDate ON = LocalDate.parse("2027-06-01");
    private static final Actor INSPECTOR = Actor.of("inspector", Role.INSPECTORATE);

    static List<SupervisionEvent> oneOfEach() {
        return List.of(new CalendarOpened("29WT", AT),
                new CycleVisitRecorded("29WT", VisitKind.AUDIT, "audit-1", ON, ON.plusYears(3), "e1", AT),
                new CycleVisitOverdue("29WT", VisitKind.DIALOGUE, ON, ON.minusYears(3), AT),
                new SupervisionTermSet("29WT", ON, 4, ON.plusYears(4), "herstelonderzoek", null, INSPECTOR, AT),
                new SupervisionSignalRecorded("29WT", "signal-1", ON, "Signaal", ON.plusYears(4), ON.plusYears(2), INSPECTOR, AT),
                new SupervisionTermEnded("29WT", ON, ON.plusYears(2), "signal-1", AT),
                new FollowUpTracked("29WT", "audit-1/fu-1", VisitKind.AUDIT, "audit-1", "Actie", ON, "e2", AT),
                new FollowUpRescheduled("29WT", "audit-1/fu-1", ON.plusMonths(6), "e3", AT),
                new FollowUpDone("29WT", "audit-1/fu-1", DoneHow.ACCEPTED, ON, "e4", AT),
                new FollowUpOverdue("29WT", "audit-1/fu-1", "audit-1", ON, true, AT),
                new ReportOutsideCycle("29WT", "audit-2", "RECOVERY_INVESTIGATION", "e5", AT),
                new ReportPublishedOutsideCycle("29WT", "audit-2", ON, "e6", AT));
    }

    @Test
    void everyKindOfEventHasItsOwnTypeAndItsPinnedPayload() throws Exception {
        SupervisionIntegrationEvents translator = new SupervisionIntegrationEvents();
        Map<String, JsonNode> payloads = new LinkedHashMap<>();
        for (SupervisionEvent event : oneOfEach()) {
            Translation translation = translator.translate(event).orElseThrow();
            assertThat(translation.eventType()).startsWith("supervision.");
            assertThat(translation.actor() != null).as(translation.eventType())
                    .isEqualTo(event instanceof SupervisionTermSet || event instanceof SupervisionSignalRecorded);
            payloads.put(translation.eventType(), AS_TEXT.readTree(AS_TEXT.writeValueAsString(translation.payload())));
        }
        assertThat(payloads).hasSize(SupervisionEvent.class.getPermittedSubclasses().length);
        assertThat(translator.translate("not a calendar event")).isEmpty();
        PinnedJson.check(payloads, Path.of("src/test/resources/supervision-contract"));
    }
}
