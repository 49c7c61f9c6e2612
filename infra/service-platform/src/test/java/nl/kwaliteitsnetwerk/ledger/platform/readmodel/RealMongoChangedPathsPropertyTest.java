package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;

/**
 * The same property against a real MongoDB, where the forms the change uses (paths through list indexes,
 * {@code $push} with {@code $each}, new fields in byte order, a number's type changed by a replace) and the
 * field names that are no path, set within their parent, must hold as on the embedded server. Skipped where
 * there is no Docker.
 */
@AddLifecycleHook(RealMongoChangedPathsPropertyTest.SkipWithoutDocker.class)
class RealMongoChangedPathsPropertyTest extends ChangedPathsPropertyTest {

    private static MongoDBContainer mongo;

    @Override
    protected String mongoUri() {
        return started().getReplicaSetUrl("changed-paths");
    }

    private static synchronized MongoDBContainer started() {
        if (mongo == null) {
            mongo = new MongoDBContainer("mongo:7.0");
            mongo.start();
        }
        return mongo;
    }

    /** Skips the property where Docker is not running, as {@code @Testcontainers(disabledWithoutDocker = true)} does for JUnit. */
    public static class SkipWithoutDocker implements SkipExecutionHook {

        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return DockerClientFactory.instance().isDockerAvailable() ? SkipResult.doNotSkip() : SkipResult.skip("no Docker");
        }
    }
}
