package nl.kwaliteitsnetwerk.ledger.platform.publicfeed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.kernel.publicfeed.PublicFeedSchemas;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.process.DaemonThreads;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.platform.security.SignedIn;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The public feed over HTTP, for an inspectorate without access to Kafka: pages after a position,
 * and a live stream of server-sent events whose ids are positions, so a client that reconnects
 * with {@code Last-Event-ID} resumes right after the last entry it received.
 */
@RestController
@RequestMapping("/public-feed")
@Tag(name = "Public feed", description = "Every commit of this service's ledger, with the public facts it tells (inspectorate)")
public class PublicFeedController implements DisposableBean {

    static final int MAX_PAGE = 1000;
    private static final Logger log = LoggerFactory.getLogger(PublicFeedController.class);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final PublicFeedStore store;
    private final Duration pollInterval;
    private final ExecutorService streams = Executors.newCachedThreadPool(DaemonThreads.named("public-feed-stream"));

    public PublicFeedController(PublicFeedStore store, Duration pollInterval) {
        this.store = store;
        this.pollInterval = pollInterval;
    }

    @Allowed(Role.INSPECTORATE)
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The entries after a position, in order (start with after=-1; continue with the last position "
            + "received, or follow next: the feed grows, so there is always a next page to ask for)")
    public String page(@RequestParam(defaultValue = "-1") long after, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_PAGE || after < -1) {
            throw new IllegalArgumentException("limit lies between 1 and " + MAX_PAGE + ", and after is -1 or a position");
        }
        List<String> entries = store.entriesAfter(after, limit);
        long last = after + entries.size();
        return "{\"entries\":[" + String.join(",", entries) + "],\"last\":" + last
                + ",\"next\":\"/public-feed?after=" + last + "&limit=" + limit + "\"}";
    }

    @Allowed(Role.INSPECTORATE)
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Every entry after Last-Event-ID (or ?after=), then each new one as it is told; event id = position")
    public SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId,
                             @RequestParam(required = false) Long after) {
        long from = lastEventId != null ? lastEventId : after != null ? after : -1;
        if (from < -1) {
            throw new IllegalArgumentException("Last-Event-ID and after are -1 or a position");
        }
        SseEmitter emitter = new SseEmitter(0L);
        AtomicBoolean open = new AtomicBoolean(true);
        emitter.onCompletion(() -> open.set(false));
        emitter.onError(e -> open.set(false));
        emitter.onTimeout(() -> open.set(false));
        streams.execute(() -> follow(emitter, open, from));
        return emitter;
    }

    private void follow(SseEmitter emitter, AtomicBoolean open, long from) {
        long next = from + 1;
        long idleSince = System.nanoTime();
        try {
            while (open.get()) {
                Optional<String> entry = store.entry(next);
                if (entry.isPresent()) {
                    emitter.send(SseEmitter.event().id(Long.toString(next)).name("entry").data(entry.get(), MediaType.APPLICATION_JSON));
                    next++;
                    idleSince = System.nanoTime();
                } else {
                    if (System.nanoTime() - idleSince > KEEP_ALIVE.toNanos()) {
                        emitter.send(SseEmitter.event().comment("keep-alive"));
                        idleSince = System.nanoTime();
                    }
                    Thread.sleep(pollInterval.toMillis());
                }
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("a public feed stream ended at position {}: {}", next, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("a public feed stream failed at position {}", next, e);
            emitter.completeWithError(e);
        }
    }

    @SignedIn
    @GetMapping("/schemas")
    @Operation(summary = "The names of the JSON Schemas of the feed: the entry, and each public fact's body")
    public Page<String> schemas(Paging paging) {
        return paging.page(PublicFeedSchemas.names(), name -> name);
    }

    @SignedIn
    @GetMapping(path = "/schemas/{name}", produces = "application/schema+json")
    @Operation(summary = "One JSON Schema (draft 2020-12)")
    public String schema(@PathVariable String name) throws IOException {
        if (!PublicFeedSchemas.names().contains(name)) {
            throw new NotFound("No schema is named " + name + ".");
        }
        try (InputStream in = PublicFeedSchemas.open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void destroy() {
        streams.shutdownNow();
    }
}
