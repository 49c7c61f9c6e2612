package nl.kwaliteitsnetwerk.ledger.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Runs one service as a child process and keeps it running. When it ends while the stack is up, it
 * is started again after the delay {@link RestartPolicy} gives, and each restart is logged; when the
 * policy gives up, an error says so and the service stays down. The first answer of its health
 * endpoint is reported once (for the ready summary); an answer after a restart is logged.
 */
final class ServiceSupervisor {

    private static final Logger log = LoggerFactory.getLogger(ServiceSupervisor.class);

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path workingDir;
    private final RestartPolicy policy;
    private final Clock clock;
    private final HealthProbe health = new HealthProbe();
    private final BiConsumer<String, String> firstAnswer;
    private final List<Instant> restarts = new ArrayList<>();
    private final Object lock = new Object();
    private final Thread thread;
    private Process process;
    private boolean stopping;

    /** {@code firstAnswer} receives the service's name and health status the first time it answers. */
    ServiceSupervisor(String name, int port, List<String> command, Path workingDir, RestartPolicy policy, Clock clock,
                      BiConsumer<String, String> firstAnswer) {
        this.name = name;
        this.port = port;
        this.command = List.copyOf(command);
        this.workingDir = workingDir;
        this.policy = policy;
        this.clock = clock;
        this.firstAnswer = firstAnswer;
        this.thread = new Thread(this::supervise, name + "-supervisor");
    }

    void start() {
        thread.start();
    }

    /** False once it gave up, or once it was stopped. */
    boolean isSupervising() {
        return thread.isAlive();
    }

    private void supervise() {
        boolean answeredBefore = false;
        while (true) {
            Optional<Process> started = launch();
            if (started.isEmpty()) {
                return;
            }
            Process running = started.get();
            Instant startedAt = clock.instant();
            Optional<String> status = health.awaitAnswer(running, port);
            if (status.isPresent() && !answeredBefore) {
                answeredBefore = true;
                firstAnswer.accept(name, status.get());
            } else if (status.isPresent()) {
                log.info("{} answers again on http://localhost:{} ({})", name, port, status.get());
            }
            int exitCode = awaitExit(running);
            if (isStopping()) {
                return;
            }
            Instant now = clock.instant();
            Optional<Duration> delay = policy.delayBefore(restarts, now);
            if (delay.isEmpty()) {
                log.error("{} stopped (exit code {}) and is NOT restarted: it was restarted {} times within {}. "
                                + "Its log is above; fix the cause and start the launcher again. The rest of the stack keeps running.",
                        name, exitCode, policy.recentRestarts(restarts, now), inWords(policy.window()));
                return;
            }
            restarts.add(now);
            log.warn("{} stopped unexpectedly (exit code {}, after {}); restart {} in {} (the launcher gives up after {} restarts within {})",
                    name, exitCode, inWords(Duration.between(startedAt, now)), policy.recentRestarts(restarts, now),
                    inWords(delay.get()), policy.maxRestarts(), inWords(policy.window()));
            if (!pause(delay.get())) {
                return;
            }
        }
    }

    static String inWords(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    private Optional<Process> launch() {
        synchronized (lock) {
            if (stopping) {
                return Optional.empty();
            }
            try {
                log.info("starting {} on http://localhost:{}", name, port);
                process = new ProcessBuilder(command).directory(workingDir.toFile()).inheritIO().start();
                return Optional.of(process);
            } catch (IOException e) {
                log.error("cannot start {}: {}", name, e.getMessage());
                return Optional.empty();
            }
        }
    }

    private static int awaitExit(Process running) {
        while (true) {
            try {
                return running.waitFor();
            } catch (InterruptedException stopRequested) {
                // stop() ends the process; its exit is what this thread waits for
            }
        }
    }

    /** False when the stack stopped meanwhile. */
    private boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return !isStopping();
        } catch (InterruptedException e) {
            return false;
        }
    }

    private boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    /** Asks the service to stop (SIGTERM: a graceful shutdown) and starts no other. */
    void beginStop() {
        synchronized (lock) {
            stopping = true;
            if (process != null) {
                process.destroy();
            }
        }
        thread.interrupt();
    }

    /** Waits until the service has stopped, and ends it forcibly if it has not by {@code deadline}. */
    void awaitStop(Instant deadline) {
        Process last;
        synchronized (lock) {
            last = process;
        }
        try {
            if (last != null && !last.waitFor(Math.max(0, Duration.between(clock.instant(), deadline).toMillis()), TimeUnit.MILLISECONDS)) {
                log.warn("{} did not stop in time; ending it forcibly", name);
                last.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
