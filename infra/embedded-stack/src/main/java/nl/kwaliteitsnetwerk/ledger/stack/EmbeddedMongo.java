package nl.kwaliteitsnetwerk.ledger.stack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server in this process (mongo-java-server). Clients talk to it with the
 * ordinary MongoDB driver, exactly as they would to a real server.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final InetSocketAddress address;

    private EmbeddedMongo(H2Backend backend, String host, int port) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        try {
            this.address = port == 0 ? server.bind() : bindTo(host, port);
        } catch (Exception e) {
            // netty rethrows the BindException undeclared; what was opened must not keep the process alive
            server.shutdownNow();
            backend.close();
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private InetSocketAddress bindTo(String host, int port) {
        server.bind(host, port);
        return server.getLocalAddress();
    }

    /** A server whose data lives in memory only: for tests. Binds a free port on loopback. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(H2Backend.inMemory(), "127.0.0.1", 0);
    }

    /**
     * A server whose data lives in an H2 MVStore file and survives a restart, and a kill -9: every
     * acknowledged write is on disk ({@link DurableH2Backend}). Port 0 picks a free one.
     */
    public static EmbeddedMongo persistent(Path dataFile, String host, int port) {
        try {
            Files.createDirectories(dataFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory for " + dataFile, e);
        }
        return new EmbeddedMongo(DurableH2Backend.open(dataFile.toString()), host, port);
    }

    public int port() {
        return address.getPort();
    }

    public String host() {
        return address.getHostString();
    }

    /** A connection string for one database on this server, as {@code spring.data.mongodb.uri} takes it. */
    public String uri(String database) {
        return "mongodb://" + host() + ":" + port() + "/" + database;
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
