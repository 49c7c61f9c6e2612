package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the operator's commands on the host share ({@link LedgerExportCommand}, {@link LedgerRestoreCommand}):
 * they run without Spring, name the store by its first two arguments (MongoDB URI, database) and the
 * service's public key by text or file, and exit 2 when refused and 64 on wrong usage.
 */
final class OperatorCommand {

    static final int REFUSED = 2;
    static final int USAGE = 64;

    private OperatorCommand() {
    }

    /** A piece of work on the store, which may fail as {@code E} (writing a file, say). */
    @FunctionalInterface
    interface OnStore<T, E extends Exception> {
        T on(MongoDatabase store) throws E;
    }

    /** Runs {@code work} on the database {@code args[1]} at {@code args[0]}, closing the connection after. */
    static <T, E extends Exception> T onStore(String[] args, OnStore<T, E> work) throws E {
        try (MongoClient client = MongoClients.create(args[0])) {
            return work.on(client.getDatabase(args[1]));
        }
    }

    /**
     * The public key {@code argument} names, as {@code as} takes it; empty once the operator has been told
     * that it names none (the caller answers {@link #USAGE}).
     */
    static <K> Optional<K> publicKey(String argument, Function<byte[], K> as, PrintStream out) {
        try {
            return Optional.of(as.apply(OperatorKey.read(argument)));
        } catch (IllegalArgumentException | IOException e) {
            out.println("not a public key (base64 X.509, or a file holding it): " + argument);
            return Optional.empty();
        }
    }
}
