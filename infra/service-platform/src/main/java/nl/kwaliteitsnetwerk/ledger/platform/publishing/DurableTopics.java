package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Collection;
import java.util.List;

/**
 * How every service declares the topics it writes or follows, so that whichever starts first creates
 * them alike. Nothing is ever deleted: the trail and any new consumer rebuild from the beginning of
 * the topics, and keys repeat (one per aggregate), so neither time-based retention nor compaction
 * may apply. With {@code acks=all} a write needs {@code minInSyncReplicas} copies before it counts.
 *
 * @param partitions         the partition count (a topic's partitions decide the order of its keys)
 * @param replicationFactor  3 in production; 1 on the embedded single broker
 * @param minInSyncReplicas  2 in production; 1 on the embedded single broker
 */
public record DurableTopics(int partitions, short replicationFactor, int minInSyncReplicas) {

    private static final String FOREVER = "-1";

    public DurableTopics {
        if (minInSyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("qal.integration.min-insync-replicas (" + minInSyncReplicas
                    + ") exceeds qal.integration.replication-factor (" + replicationFactor + "): no write could succeed");
        }
    }

    public NewTopic declare(String name) {
        return TopicBuilder.name(name)
                .partitions(partitions)
                .replicas(replicationFactor)
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(minInSyncReplicas))
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .config(TopicConfig.RETENTION_MS_CONFIG, FOREVER)
                .config(TopicConfig.RETENTION_BYTES_CONFIG, FOREVER)
                .build();
    }

    /** Each of {@code names} once, for the {@link KafkaAdmin} to create (or bring to these settings) at start. */
    public KafkaAdmin.NewTopics declareAll(Collection<String> names) {
        return new KafkaAdmin.NewTopics(declareEach(names).toArray(NewTopic[]::new));
    }

    List<NewTopic> declareEach(Collection<String> names) {
        return names.stream().distinct().map(this::declare).toList();
    }
}
