package nl.kwaliteitsnetwerk.ledger.validation.trail;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rebuilds a trail from the topics, from their beginning up to where they end now, into a store of
 * its own. Commits nothing and joins no group, so the live trail is not disturbed. A record that is no
 * integration event is passed over, as the live trail parks it.
 */
public class TrailReplay {

    private final Supplier<KafkaConsumer<String, String>> consumers;
    private final List<String> topics;

    public TrailReplay(Supplier<KafkaConsumer<String, String>> consumers, List<String> topics) {
        this.consumers = consumers;
        this.topics = topics;
    }

    /**
     * What a replay read: how many records, how many it could not read (the live trail parks those),
     * up to which offsets.
     */
    public record Replayed(long records, long unreadable, Map<TopicPartition, Long> endOffsets) {
    }

    /** Replays every topic into {@code store}. */
    public Replayed into(TrailStore store) {
        long read = 0;
        long unreadable = 0;
        Map<TopicPartition, Long> end;
        try (KafkaConsumer<String, String> consumer = consumers.get()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                for (PartitionInfo info : infos == null ? List.<PartitionInfo>of() : infos) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> until = end;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < until.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < until.get(partition)) {
                        try {
                            store.record(EnvelopeReader.read(record.value()));
                            read++;
                        } catch (UnreadableRecord parkedByTheLiveTrail) {
                            unreadable++;
                        }
                    }
                }
            }
        }
        return new Replayed(read, unreadable, end);
    }

    /**
     * Waits until the live trail's consumer group has committed every partition up to {@code endOffsets},
     * so that it has seen all a replay saw; false if it has not within {@code timeout}.
     */
    public boolean awaitLiveTrailAt(Map<TopicPartition, Long> endOffsets, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = consumers.get()) {
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(endOffsets.keySet());
                boolean caughtUp = endOffsets.entrySet().stream().allMatch(e -> e.getValue() == 0
                        || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
                if (caughtUp) {
                    return true;
                }
                sleep();
            }
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the live trail", e);
        }
    }
}
