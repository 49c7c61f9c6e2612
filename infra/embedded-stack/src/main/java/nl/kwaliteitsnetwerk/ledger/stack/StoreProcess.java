package nl.kwaliteitsnetwerk.ledger.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded store alone in a process of its own, so that a test can kill it with -9 and start it
 * again on the same file and port. Arguments: the data file, the file to write its port to, and
 * optionally the port (0 or absent: a free one). Writes the port only once it accepts connections.
 */
public final class StoreProcess {

    private StoreProcess() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        EmbeddedMongo mongo = EmbeddedMongo.persistent(Path.of(args[0]), "127.0.0.1", port);
        Path portFile = Path.of(args[1]);
        Path written = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(written, Integer.toString(mongo.port()));
        Files.move(written, portFile);
        Thread.currentThread().join();
    }

    /** Starts it in a new JVM on the class path of this one; the caller reads the port from {@code portFile}. */
    public static Process start(Path dataFile, Path portFile, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StoreProcess.class.getName(), dataFile.toString(), portFile.toString(), Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(portFile.resolveSibling(portFile.getFileName() + ".log").toFile())
                .start();
    }

    /**
     * Waits for the port a started store writes; fails with its log if it does not come up. The
     * deadline is generous: a JVM starts slowly on a machine whose cores are all busy.
     */
    public static int awaitPort(Path portFile) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.exists(portFile)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the store process did not start: "
                        + Files.readString(portFile.resolveSibling(portFile.getFileName() + ".log")));
            }
            Thread.sleep(50);
        }
        return Integer.parseInt(Files.readString(portFile).trim());
    }
}
