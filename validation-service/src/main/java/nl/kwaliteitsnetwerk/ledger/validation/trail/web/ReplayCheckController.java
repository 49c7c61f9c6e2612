package nl.kwaliteitsnetwerk.ledger.validation.trail.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.kwaliteitsnetwerk.ledger.kernel.identity.Role;
import nl.kwaliteitsnetwerk.ledger.platform.security.Allowed;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailReplay;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailStore;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;

/**
 * Rebuilds the trail from the topics into a scratch database and compares it with the live trail,
 * once the live trail has caught up to where the replay stopped. The two must be identical; a
 * difference means the live trail lost or doubled something. Administrators only.
 */
@RestController
@Tag(name = "Trail")
class ReplayCheckController {

    private final TrailReplay replay;
    private final TrailStore live;
    private final MongoDatabaseFactory databases;
    private final ObjectMapper mapper;
    private final Clock clock;

    ReplayCheckController(TrailReplay replay, TrailStore live, MongoDatabaseFactory databases, ObjectMapper mapper,
                          Clock clock) {
        this.replay = replay;
        this.live = live;
        this.databases = databases;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Allowed(Role.ADMINISTRATOR)
    @PostMapping("/trail/replay-check")
    @Operation(summary = "Rebuild the trail from the beginning of the topics and compare it with the live trail")
    ReplayCheck check() {
        String scratch = databases.getMongoDatabase().getName() + "-replay-" + clock.millis();
        try {
            TrailStore rebuilt = new TrailStore(databases.getMongoDatabase(scratch), mapper.copy());
            TrailReplay.Replayed replayed = replay.into(rebuilt);
            boolean caughtUp = replay.awaitLiveTrailAt(replayed.endOffsets(), Duration.ofSeconds(30));
            String liveFingerprint = live.fingerprint();
            String rebuiltFingerprint = rebuilt.fingerprint();
            return new ReplayCheck(replayed.records(), replayed.unreadable(), live.size(), rebuilt.size(), caughtUp, liveFingerprint,
                    rebuiltFingerprint, caughtUp && liveFingerprint.equals(rebuiltFingerprint));
        } finally {
            databases.getMongoDatabase(scratch).drop();
        }
    }

    record ReplayCheck(long recordsReplayed, long recordsUnreadable, long liveEntries, long rebuiltEntries, boolean liveCaughtUp,
                       String liveFingerprint, String rebuiltFingerprint, boolean identical) {
    }
}
