package nl.kwaliteitsnetwerk.ledger.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** The embedded store alone in a process of its own, so that a test can kill it with -9. Writes its port to a file. */
public final class StoreProcess {

    private StoreProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMongo mongo = EmbeddedMongo.persistent(Path.of(args[0]), "127.0.0.1", 0);
        Path portFile = Path.of(args[1]);
        Files.writeString(portFile.resolveSibling(portFile.getFileName() + ".tmp"), Integer.toString(mongo.port()));
        Files.move(portFile.resolveSibling(portFile.getFileName() + ".tmp"), portFile);
        Thread.currentThread().join();
    }
}
