package nl.kwaliteitsnetwerk.ledger.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Instant;

/** A clock the test moves by hand, in place of the platform's system clock. */
@TestConfiguration
public class TestClockConfiguration {

    @Bean
    public MutableClock clock() {
        return new MutableClock(Instant.now());
    }
}
