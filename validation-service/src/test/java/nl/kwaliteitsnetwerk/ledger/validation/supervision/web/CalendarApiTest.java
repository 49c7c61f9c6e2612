package nl.kwaliteitsnetwerk.ledger.validation.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kwaliteitsnetwerk.ledger.testsupport.ApiClient;
import nl.kwaliteitsnetwerk.ledger.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar over HTTP: the inspectorate sets a term and tightens it with a signal, as the calendar then shows;
 * broken rules are problems with their codes; the calendar is read by the inspectorate, the validation committee,
 * administrators and the institution itself, and is unknown to anyone else.
 */
class CalendarApiTest extends ServiceTestBase {

    /** A registered institution no other test of the service sets a term for. */
    private static final String TERM_CALENDAR = "/institutions/39XY/calendar";

    @Test
    void theInspectorateSetsAFourYearTermAndASignalTightensItVisibly() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate start = today.minusDays(300);
        ApiClient.Response set = api().post("inspector", TERM_CALENDAR + "/term", ApiClient.json()
                .put("startsOn", start.toString()).put("reference", "herstelonderzoek-39XY"));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);

        JsonNode term = api().get("committee", TERM_CALENDAR).body().path("term");
        assertThat(term.path("years").asInt()).isEqualTo(4);
        assertThat(term.path("endsOn").asText()).isEqualTo(start.plusYears(4).toString());
        assertThat(term.path("tightenedBy").isObject()).as("not tightened yet").isFalse();

        ApiClient.Response again = api().post("inspector", TERM_CALENDAR + "/term", ApiClient.json()
                .put("startsOn", start.toString()).put("reference", "nog een"));
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("supervision-term-running");

        ApiClient.Response widening = api().post("inspector", TERM_CALENDAR + "/signals", ApiClient.json()
                .put("signalledOn", today.toString()).put("summary", "Klachten").put("tightenedEndsOn",
                        start.plusYears(5).toString()));
        assertThat(widening.status()).as(widening.raw()).isEqualTo(409);
        assertThat(widening.text("code")).isEqualTo("signal-must-tighten-term");

        long version = set.body().path("version").asLong();
        ApiClient.Response stale = api().post("inspector", TERM_CALENDAR + "/signals", signal(today), "\"" + (version - 1) + "\"");
        assertThat(stale.status()).as(stale.raw()).isEqualTo(409);
        assertThat(stale.text("code")).isEqualTo("stale-version");

        ApiClient.Response tightened = api().post("inspector", TERM_CALENDAR + "/signals", signal(today), "\"" + version + "\"");
        assertThat(tightened.status()).as(tightened.raw()).isEqualTo(200);
        assertThat(tightened.body().path("version").asLong()).isEqualTo(version + 1);

        JsonNode after = api().get("inspector", TERM_CALENDAR).body();
        assertThat(after.path("version").asLong()).isEqualTo(version + 1);
        assertThat(after.path("term").path("setEndsOn").asText()).isEqualTo(start.plusYears(4).toString());
        assertThat(after.path("term").path("endsOn").asText()).isEqualTo(today.plusYears(1).toString());
        assertThat(after.path("term").path("tightenedBy").path("signalId").asText()).isEqualTo("signal-1");
        assertThat(after.path("term").path("tightenedBy").path("summary").asText()).isEqualTo("Examinering onder de maat");
    }

    @Test
    void aTermOrSignalThatIsNotWellFormedIsInvalidInput() {
        ApiClient.Response noReference = api().post("inspector", TERM_CALENDAR + "/term", ApiClient.json()
                .put("startsOn", "2026-01-01"));
        assertThat(noReference.status()).as(noReference.raw()).isEqualTo(400);
        ApiClient.Response tooLong = api().post("inspector", TERM_CALENDAR + "/term", ApiClient.json()
                .put("startsOn", "2026-01-01").put("years", 40).put("reference", "r"));
        assertThat(tooLong.status()).as(tooLong.raw()).isEqualTo(400);
        ApiClient.Response future = api().post("inspector", TERM_CALENDAR + "/signals", ApiClient.json()
                .put("signalledOn", "2099-01-01").put("summary", "s").put("tightenedEndsOn", "2099-02-01"));
        assertThat(future.status()).as(future.raw()).isEqualTo(400);
        assertThat(api().get("inspector", "/institutions/2%209WT/calendar").status()).isEqualTo(400);
    }

    @Test
    void theCalendarIsReadByItsReadersAndUnknownToAnyoneElse() {
        for (String reader : new String[] {"inspector", "committee", "admin", "roc"}) {
            ApiClient.Response read = api().get(reader, "/institutions/29WT/calendar");
            assertThat(read.status()).as(reader + ": " + read.raw()).isEqualTo(200);
            assertThat(read.body().path("institutionCode").asText()).isEqualTo("29WT");
        }
        for (String other : new String[] {"other-roc", "lead", "board", "chair"}) {
            ApiClient.Response hidden = api().get(other, "/institutions/29WT/calendar");
            assertThat(hidden.status()).as(other).isEqualTo(404);
            ApiClient.Response unknown = api().get(other, "/institutions/99ZZ/calendar");
            assertThat(hidden.text("code")).isEqualTo(unknown.text("code")).isEqualTo("not-found");
            assertThat(hidden.text("detail")).isEqualTo(unknown.text("detail").replace("99ZZ", "29WT"));
        }
        assertThat(api().get("inspector", "/institutions/99ZZ/calendar").status()).isEqualTo(404);
        assertThat(api().post("inspector", "/institutions/99ZZ/calendar/term", ApiClient.json()
                .put("startsOn", "2026-01-01").put("reference", "r")).status()).isEqualTo(404);
        ApiClient.Response notInspectorate = api().post("committee", TERM_CALENDAR + "/term", ApiClient.json()
                .put("startsOn", "2026-01-01").put("reference", "r"));
        assertThat(notInspectorate.status()).isEqualTo(403);
        assertThat(notInspectorate.text("code")).isEqualTo("forbidden");
    }

    private static Object signal(LocalDate today) {
        return ApiClient.json().put("signalledOn", today.toString()).put("summary", "Examinering onder de maat")
                .put("tightenedEndsOn", today.plusYears(1).toString());
    }
}
