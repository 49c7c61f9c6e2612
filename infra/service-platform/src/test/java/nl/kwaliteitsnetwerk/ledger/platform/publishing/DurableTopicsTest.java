package nl.kwaliteitsnetwerk.ledger.platform.publishing;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The topics are declared to keep everything, in enough copies, whichever service declares them first. */
class DurableTopicsTest {

    @Test
    void aTopicKeepsEveryRecordForeverInTheConfiguredNumberOfCopies() {
        NewTopic topic = new DurableTopics(3, (short) 3, 2).declare("qal.audits.v1");
        assertThat(topic.numPartitions()).isEqualTo(3);
        assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        assertThat(topic.configs()).containsEntry("min.insync.replicas", "2")
                .containsEntry("retention.ms", "-1")
                .containsEntry("retention.bytes", "-1")
                .as("keys repeat: compaction would drop all but an aggregate's last event")
                .containsEntry("cleanup.policy", "delete");
    }

    @Test
    void eachTopicIsDeclaredOnce() {
        assertThat(new DurableTopics(3, (short) 1, 1).declareEach(List.of("a", "b", "a")))
                .extracting(NewTopic::name).containsExactly("a", "b");
    }

    @Test
    void moreInSyncReplicasThanCopiesIsRefusedAtStart() {
        assertThatThrownBy(() -> new DurableTopics(3, (short) 1, 2)).hasMessageContaining("qal.integration.min-insync-replicas");
    }
}
