package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.Optional;

import static nl.kwaliteitsnetwerk.ledger.platform.StartRefusal.assertStartRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** A service whose aggregates have no translator to publish them does not start; one that has one does. */
class PublishingRequiredTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withBean(PublishingRequired.class);

    @Test
    void aggregatesWithoutATranslatorStopTheStart() {
        assertStartRefused(context.withBean(Ledger.class), "IntegrationEventTranslator", "Ledger");
    }

    @Test
    void aggregatesWithATranslatorStart() {
        context.withBean(Ledger.class).withBean(IntegrationEventTranslator.class, Translator::new)
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void noAggregatesNeedNoTranslator() {
        context.run(started -> assertThat(started).hasNotFailed());
    }

    @Aggregate
    static class Ledger {
    }

    static class Translator implements IntegrationEventTranslator {

        @Override
        public String topic() {
            return "qal.test";
        }

        @Override
        public Optional<Translation> translate(Object domainEvent) {
            return Optional.empty();
        }
    }
}
