package nl.kwaliteitsnetwerk.ledger.platform.publicfeed;

import nl.kwaliteitsnetwerk.ledger.kernel.integration.IntegrationEventCodec;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedRecords;
import nl.kwaliteitsnetwerk.ledger.platform.ledger.LedgerDigests.SignedDigest;
import nl.kwaliteitsnetwerk.ledger.platform.publishing.IntegrationEventPublisher;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;

/**
 * Puts the public feed on the service's public topic: the entries, keyed by aggregate id so in order
 * per aggregate, and the signed digests a receiver checks the chain against ({@link PublicFeedRecords}).
 */
public class PublicFeedPublisher {

    private static final Logger log = LoggerFactory.getLogger(PublicFeedPublisher.class);

    private final KafkaTemplate<String, String> kafka;
    private final String topic;
    private final long sendTimeoutMillis;

    public PublicFeedPublisher(KafkaTemplate<String, String> kafka, String topic, long sendTimeoutMillis) {
        this.kafka = kafka;
        this.topic = topic;
        this.sendTimeoutMillis = sendTimeoutMillis;
    }

    public String topic() {
        return topic;
    }

    /** Awaited before the processor's token advances (see IntegrationEventPublisher). */
    void publish(String aggregateId, String entryJson) throws Exception {
        IntegrationEventPublisher.awaitBeforeTokenIsStored(kafka.send(record(aggregateId, entryJson, PublicFeedRecords.ENTRY)), sendTimeoutMillis);
    }

    /** Not awaited: a digest that does not arrive is superseded by the next one. */
    void publish(SignedDigest digest) {
        try {
            String json = IntegrationEventCodec.mapper().writeValueAsString(digest);
            kafka.send(record(PublicFeedRecords.SIGNED_DIGEST, json, PublicFeedRecords.SIGNED_DIGEST)).whenComplete((sent, failure) -> {
                if (failure != null) {
                    log.warn("the signed digest at position {} did not reach the public topic", digest.position(), failure);
                }
            });
        } catch (Exception e) {
            log.warn("could not publish the signed digest at position {}", digest.position(), e);
        }
    }

    private ProducerRecord<String, String> record(String key, String value, String type) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(PublicFeedRecords.TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
