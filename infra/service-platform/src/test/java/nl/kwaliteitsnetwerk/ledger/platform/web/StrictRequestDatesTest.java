package nl.kwaliteitsnetwerk.ledger.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request's day is written as a day: an instant in a date field is refused, not cut to its UTC date. */
class StrictRequestDatesTest {

    record Dated(LocalDate on) {
    }

    private final ObjectMapper strict = StrictRequestJson.strict(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void aDayIsRead() throws Exception {
        assertThat(strict.readValue("{\"on\":\"2022-09-28\"}", Dated.class).on()).isEqualTo(LocalDate.of(2022, 9, 28));
    }

    @Test
    void anInstantInADateFieldIsRefused() {
        assertThatThrownBy(() -> strict.readValue("{\"on\":\"2023-09-27T00:00:00Z\"}", Dated.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
