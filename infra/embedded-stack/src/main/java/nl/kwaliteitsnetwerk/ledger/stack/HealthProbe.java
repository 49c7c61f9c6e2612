package nl.kwaliteitsnetwerk.ledger.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a service on this machine for its health. A service that answers is up, even when it reports
 * itself DOWN (503): that status is shown to the user instead of waiting for an UP that may not come.
 * A service that answers anything but UP may still be getting ready (while Spring finishes its start,
 * liveness reads DOWN for a moment; readiness stays OUT_OF_SERVICE until its consumers run), so that is
 * waited out, for a while, before the launcher says the stack is ready and shows the status it then has.
 */
final class HealthProbe {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration GETTING_READY = Duration.ofSeconds(60);
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

    static URI healthOf(int port) {
        return URI.create("http://127.0.0.1:" + port + "/actuator/health");
    }

    /** The status the service reports, or empty while it does not answer. */
    Optional<String> status(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(healthOf(port)).timeout(REQUEST_TIMEOUT).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher status = STATUS.matcher(response.body());
            return Optional.of(status.find() ? status.group(1) : "HTTP " + response.statusCode());
        } catch (IOException notYet) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Waits until the service answers, and while it is getting ready; empty when its process ended first or
     * this thread was interrupted.
     */
    Optional<String> awaitAnswer(Process process, int port) {
        long gettingReadySince = 0;
        while (process.isAlive() && !Thread.currentThread().isInterrupted()) {
            Optional<String> status = status(port);
            boolean gettingReady = status.isPresent() && !status.get().equals("UP");
            if (gettingReady && gettingReadySince == 0) {
                gettingReadySince = System.nanoTime();
            }
            if (status.isPresent() && (!gettingReady || System.nanoTime() - gettingReadySince > GETTING_READY.toNanos())) {
                return status;
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.empty();
    }
}
