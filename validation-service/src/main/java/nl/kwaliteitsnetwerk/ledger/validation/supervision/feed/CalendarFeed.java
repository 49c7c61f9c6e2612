package nl.kwaliteitsnetwerk.ledger.validation.supervision.feed;

import nl.kwaliteitsnetwerk.ledger.validation.trail.EnvelopeReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.listener.MessageListener;

/**
 * Follows the audit and dialogue topics into the institutions' calendars, in a consumer group of its own: each
 * record that concerns a calendar becomes a command, sent and awaited before the offset is committed. The
 * calendar takes each event id once, so a redelivered batch changes nothing. Whatever fails here (a record that is
 * no integration event, an event the calendar refuses, the store away) is thrown to the container's error handler,
 * which retries or parks it (CalendarErrorHandling): nothing is passed over unseen.
 */
public record CalendarFeed(CommandGateway commands, int cycleYears) implements MessageListener<String, String> {

    @Override
    public void onMessage(ConsumerRecord<String, String> record) {
        CalendarFeedCommands.of(EnvelopeReader.read(record.value()), cycleYears).ifPresent(commands::sendAndWait);
    }
}
