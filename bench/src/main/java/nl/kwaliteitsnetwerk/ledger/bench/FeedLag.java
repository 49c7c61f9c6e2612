package nl.kwaliteitsnetwerk.ledger.bench;

import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationTopics;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedEntry;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedRecords;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerStorageEngine;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Feed lag at a steady load: one client records a finding every {@code pace}, each a commit of its
 * own at the next position; the time from the command's acceptance (its commit stored) until that
 * position arrives on the public Kafka topic and on the HTTP stream, p50 and p99.
 */
final class FeedLag {

    record Result(Latencies kafka, Latencies http) {
    }

    private FeedLag() {
    }

    static Result measure(AuditHttpClient client, EventStore eventStore, int port, String bootstrapServers,
                          int samples, Duration pace) throws Exception {
        String audit = client.auditOnSiteVisit();
        long head = LedgerStorageEngine.positionOf(eventStore.createHeadToken());
        Map<Long, Long> onKafka = new ConcurrentHashMap<>();
        Map<Long, Long> onHttp = new ConcurrentHashMap<>();
        AtomicBoolean listening = new AtomicBoolean(true);
        CountDownLatch kafkaAtTheEnd = new CountDownLatch(1);
        Thread kafka = new Thread(() -> listenOnKafka(bootstrapServers, head, onKafka, listening, kafkaAtTheEnd), "bench-feed-kafka");
        Thread http = new Thread(() -> listenOnHttp(port, head, onHttp, listening), "bench-feed-http");
        kafka.start();
        http.start();
        // the consumer starts at the topic's end: only once it stands there is a record sent after it seen, however slow the machine
        if (!kafkaAtTheEnd.await(60, TimeUnit.SECONDS)) {
            System.err.println("the Kafka consumer of the feed had no partitions after 60 s");
        }
        long[] accepted = new long[samples];
        for (int n = 0; n < samples; n++) {
            client.recordFinding(audit, n);
            accepted[n] = System.nanoTime();
            Thread.sleep(pace.toMillis());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((onKafka.size() < samples || onHttp.size() < samples) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        listening.set(false);
        kafka.join(10_000);
        http.interrupt();
        return new Result(lags(accepted, head, onKafka), lags(accepted, head, onHttp));
    }

    /** One command, one commit, one writer: the n-th finding is at position head + 1 + n. */
    private static Latencies lags(long[] accepted, long head, Map<Long, Long> arrived) {
        long[] lags = new long[accepted.length];
        for (int n = 0; n < accepted.length; n++) {
            Long at = arrived.get(head + 1 + n);
            lags[n] = at == null ? Long.MAX_VALUE : Math.max(0, at - accepted[n]);
        }
        return new Latencies(lags);
    }

    private static void listenOnKafka(String bootstrapServers, long head, Map<Long, Long> arrived, AtomicBoolean listening,
                                      CountDownLatch atTheEnd) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(IntegrationTopics.PUBLIC_AUDITS));
            while (consumer.assignment().isEmpty() && listening.get()) {
                consumer.poll(Duration.ofMillis(20)).forEach(record -> { });
            }
            consumer.assignment().forEach(consumer::position);
            atTheEnd.countDown();
            while (listening.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    if (!PublicFeedRecords.SIGNED_DIGEST.equals(record.key())) {
                        long position = PublicFeedEntry.fromJson(record.value()).position();
                        if (position > head) {
                            arrived.putIfAbsent(position, now);
                        }
                    }
                }
            }
        }
    }

    private static void listenOnHttp(int port, long head, Map<Long, Long> arrived, AtomicBoolean listening) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public-feed/stream"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("inspector:inspector".getBytes(StandardCharsets.UTF_8)))
                .header("Last-Event-ID", Long.toString(head)).GET().build();
        try (InputStream body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream()).body();
             BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && listening.get(); line = lines.readLine()) {
                if (line.startsWith("id:")) {
                    arrived.putIfAbsent(Long.parseLong(line.substring(3).trim()), System.nanoTime());
                }
            }
        } catch (Exception e) {
            if (listening.get()) {
                System.err.println("the HTTP stream ended early: " + e);
            }
        }
    }
}
