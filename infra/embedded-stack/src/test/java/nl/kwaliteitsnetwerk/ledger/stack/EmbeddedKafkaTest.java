package nl.kwaliteitsnetwerk.ledger.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default's broker is a Kafka server on the port it is given, whose log is in the data
 * directory: after a stop and a start on the same directory the topic, its records and a consumer
 * group's committed offsets are all there, and the group goes on where it committed.
 */
class EmbeddedKafkaTest {

    private static final String TOPIC = "qal.test.v1";
    private static final String GROUP = "trail-like";

    @TempDir
    Path dir;

    @Test
    void topicsRecordsAndCommittedOffsetsSurviveARestartOnTheSameLogDirectory() throws Exception {
        Path logDir = dir.resolve("kafka");
        int port = freePort();
        String clusterId;
        try (EmbeddedKafka kafka = EmbeddedKafka.persistent(logDir, port)) {
            assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            try (Socket connected = new Socket("127.0.0.1", port)) {
                assertThat(connected.isConnected()).as("listening on the configured port").isTrue();
            }
            try (Admin admin = admin(kafka)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
            send(kafka, "before", 10);
            try (KafkaConsumer<String, String> consumer = consumer(kafka, GROUP)) {
                assertThat(readAtLeast(consumer, 10)).hasSize(10);
                consumer.commitSync();
            }
            send(kafka, "after", 5);
            clusterId = clusterId(logDir);
        }

        try (EmbeddedKafka kafka = EmbeddedKafka.persistent(logDir, port)) {
            assertThat(clusterId(logDir)).as("formatted once, the same cluster").isEqualTo(clusterId);
            try (Admin admin = admin(kafka)) {
                assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()).hasSize(3);
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                assertThat(committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum()).isEqualTo(10);
                long end = admin.listOffsets(committed.keySet().stream()
                                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                        .all().get().values().stream().mapToLong(info -> info.offset()).sum();
                assertThat(end).as("every record kept").isEqualTo(15);
            }
            try (KafkaConsumer<String, String> consumer = consumer(kafka, GROUP)) {
                assertThat(readAtLeast(consumer, 5)).as("the group goes on after its committed offsets")
                        .extracting(ConsumerRecord::value).allMatch(value -> value.startsWith("after"));
            }
        }
    }

    private static Admin admin(EmbeddedKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private static void send(EmbeddedKafka kafka, String prefix, int count) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(TOPIC, "key-" + i, prefix + "-" + i)).get();
            }
        }
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafka kafka, String group) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(Set.of(TOPIC));
        return consumer;
    }

    /** Polls until {@code count} records came, then a little longer, to see that no more come. */
    private static List<ConsumerRecord<String, String>> readAtLeast(KafkaConsumer<String, String> consumer, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return records.size() >= count;
        });
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        return records;
    }

    private static String clusterId(Path logDir) throws IOException {
        return Files.readAllLines(logDir.resolve("meta.properties")).stream()
                .filter(line -> line.startsWith("cluster.id="))
                .findFirst().orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
