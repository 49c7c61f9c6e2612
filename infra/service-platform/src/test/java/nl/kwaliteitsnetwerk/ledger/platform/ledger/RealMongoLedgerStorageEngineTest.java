package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The ledger engine's whole contract against a real MongoDB replica set. Skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoLedgerStorageEngineTest extends LedgerStorageEngineTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Override
    protected String mongoUri() {
        return MONGO.getReplicaSetUrl("ledger-test");
    }
}
