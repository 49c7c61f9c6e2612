package nl.kwaliteitsnetwerk.ledger.testsupport;

import nl.kwaliteitsnetwerk.ledger.stack.EmbeddedKafka;
import nl.kwaliteitsnetwerk.ledger.stack.EmbeddedMongo;

/**
 * One embedded MongoDB server (in memory) and one Kafka server (its log in a temporary directory) for
 * a whole test JVM, started on first use on free ports and stopped when the JVM exits. Each test
 * context should use its own database name.
 */
public final class SharedTestStack {

    private static volatile SharedTestStack instance;

    private final EmbeddedMongo mongo;
    private final EmbeddedKafka kafka;

    private SharedTestStack() {
        this.mongo = EmbeddedMongo.inMemory();
        this.kafka = EmbeddedKafka.temporary();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            mongo.close();
        }, "shared-test-stack-shutdown"));
    }

    public static SharedTestStack get() {
        SharedTestStack local = instance;
        if (local == null) {
            synchronized (SharedTestStack.class) {
                local = instance;
                if (local == null) {
                    local = new SharedTestStack();
                    instance = local;
                }
            }
        }
        return local;
    }

    public EmbeddedMongo mongo() {
        return mongo;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }
}
