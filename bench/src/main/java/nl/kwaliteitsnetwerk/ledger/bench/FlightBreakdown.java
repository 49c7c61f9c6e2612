package nl.kwaliteitsnetwerk.ledger.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the CPU time of a flight recording of the bench went: every execution sample is put in the part of
 * the system its innermost recognised frame belongs to (so time in a JDK collection called by Jackson counts
 * as Jackson), and the parts are printed as a Markdown table of shares. Run it on a recording of the bench:
 * {@code java -XX:StartFlightRecording=filename=bench.jfr,settings=profile -jar bench.jar}, then
 * {@code java -jar bench.jar breakdown bench.jfr}.
 */
final class FlightBreakdown {

    /** In order: the first part whose prefix matches a frame's class, walking out from the innermost frame. */
    private static final Map<String, List<String>> PARTS = parts();

    private FlightBreakdown() {
    }

    private static Map<String, List<String>> parts() {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        parts.put("Java serialization in the embedded store", List.of("java.io.ObjectOutputStream", "java.io.ObjectInputStream",
                "java.io.ObjectStreamClass"));
        parts.put("MVStore (the store's pages, commits, cache)", List.of("org.h2."));
        parts.put("embedded server (queries, indexes, wire)", List.of("de.bwaldvogel."));
        parts.put("BSON in the services (org.bson)", List.of("org.bson."));
        parts.put("MongoDB driver", List.of("com.mongodb."));
        parts.put("Jackson (events, views, HTTP bodies)", List.of("com.fasterxml.jackson."));
        parts.put("ledger hashing (SHA-256, hex)", List.of("nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash",
                "sun.security.provider.", "java.security.MessageDigest"));
        parts.put("ledger engine", List.of("nl.kwaliteitsnetwerk.ledger.platform.ledger."));
        parts.put("read models", List.of("nl.kwaliteitsnetwerk.ledger.platform.readmodel.", "nl.kwaliteitsnetwerk.ledger.audit.query."));
        parts.put("Kafka (client and in-process broker)", List.of("org.apache.kafka.", "kafka."));
        parts.put("Axon Framework", List.of("org.axonframework."));
        parts.put("Micrometer (metrics, observations)", List.of("io.micrometer."));
        parts.put("Spring Security", List.of("org.springframework.security."));
        parts.put("Spring (MVC, other)", List.of("org.springframework."));
        parts.put("Tomcat", List.of("org.apache.coyote.", "org.apache.tomcat.", "org.apache.catalina."));
        parts.put("logging", List.of("ch.qos.logback.", "org.slf4j."));
        parts.put("the services and platform, other", List.of("nl.kwaliteitsnetwerk."));
        parts.put("the bench's HTTP client", List.of("jdk.internal.net.http."));
        return parts;
    }

    static void print(Path recording) throws IOException {
        Map<String, Long> byPart = new TreeMap<>();
        Map<String, Long> byThread = new TreeMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                samples++;
                byPart.merge(partOf(event.getStackTrace()), 1L, Long::sum);
                RecordedThread sampled = event.getThread("sampledThread");
                String thread = sampled == null || sampled.getJavaName() == null ? "?" : sampled.getJavaName();
                byThread.merge(thread.replaceAll("\\d+", "N"), 1L, Long::sum);
            }
        }
        System.out.printf("%s: %d CPU samples%n%n", recording.getFileName(), samples);
        table("where the CPU time went", byPart, samples);
        table("by thread", byThread, samples);
    }

    private static String partOf(RecordedStackTrace stack) {
        if (stack == null) {
            return "JDK, GC and other";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, List<String>> part : PARTS.entrySet()) {
                if (part.getValue().stream().anyMatch(type::startsWith)) {
                    return part.getKey();
                }
            }
        }
        return "JDK, GC and other";
    }

    private static void table(String title, Map<String, Long> counts, long samples) {
        System.out.printf("| %s | share |%n|---|---:|%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(20)
                .forEach(e -> System.out.printf("| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / Math.max(1, samples)));
        System.out.println();
    }
}
