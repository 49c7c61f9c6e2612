package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

import java.util.Arrays;

/**
 * Stops a service at start when it has aggregates but no {@link IntegrationEventTranslator}: publishing and the
 * public feed switch on only with one, so a service that forgot it would record everything and tell the other
 * services and the inspectorate nothing, without a word.
 */
public class PublishingRequired implements ApplicationListener<ContextRefreshedEvent> {

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        String[] aggregates = event.getApplicationContext().getBeanNamesForAnnotation(Aggregate.class);
        boolean translates = event.getApplicationContext().getBeanNamesForType(IntegrationEventTranslator.class).length > 0;
        if (aggregates.length > 0 && !translates) {
            throw new IllegalStateException("The aggregates " + Arrays.toString(aggregates) + " record events, but no "
                    + "IntegrationEventTranslator turns them into integration events: nothing would be published "
                    + "on Kafka or told on the public feed. Provide one as a bean.");
        }
    }
}
