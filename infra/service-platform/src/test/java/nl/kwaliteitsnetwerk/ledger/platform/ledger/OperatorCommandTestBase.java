package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import nl.kwaliteitsnetwerk.ledger.testsupport.SharedTestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** What the tests of the operator's commands share: a ledger to run them on, a folder for files, what they print. */
abstract class OperatorCommandTestBase {

    final RestorableLedger ledger = new RestorableLedger().build();
    final String uri = SharedTestStack.get().mongo().uri("ledger-restore");
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @TempDir
    Path files;

    /** An operator's command as its {@code main} runs it, printing to {@code out}. */
    @FunctionalInterface
    interface Command {
        int run(String[] args, PrintStream out);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    /** The command's exit code; {@link #output()} is then what this run printed, and only that. */
    int execute(Command command, String... args) {
        printed.reset();
        return command.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
