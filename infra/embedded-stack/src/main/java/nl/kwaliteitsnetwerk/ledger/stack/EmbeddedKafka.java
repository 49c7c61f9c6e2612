package nl.kwaliteitsnetwerk.ledger.stack;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real Kafka broker, started in this process in KRaft mode (no ZooKeeper). */
public final class EmbeddedKafka implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafka(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** Starts a single broker on {@code port}; port 0 picks a free one. */
    public static EmbeddedKafka start(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        if (port != 0) {
            broker.kafkaPorts(port);
        }
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.min.isr", "1");
        broker.afterPropertiesSet();
        return new EmbeddedKafka(broker);
    }

    /** The broker list, as {@code spring.kafka.bootstrap-servers} takes it. */
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
