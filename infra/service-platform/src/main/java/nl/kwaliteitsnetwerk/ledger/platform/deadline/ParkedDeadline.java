package nl.kwaliteitsnetwerk.ledger.platform.deadline;

import org.bson.Document;

import java.time.Instant;

/**
 * A deadline given up on, as an administrator sees it: which, in which scope, when it was due, how often it was
 * tried and the class of its last failure. Never its payload or a failure's message, which may quote user text.
 */
public record ParkedDeadline(String id, String name, String scope, Instant dueAt, int attempts, String lastFailure,
                             Instant parkedAt) {

    static ParkedDeadline of(Document parked) {
        return new ParkedDeadline(parked.getString("_id"), parked.getString("name"), parked.getString("scope"),
                instant(parked, "dueAt"), parked.getInteger("claims", 0), parked.getString("lastFailure"),
                instant(parked, "parkedAt"));
    }

    /** A sort key unique per parked deadline: oldest parking first. */
    String key() {
        return (parkedAt == null ? "" : parkedAt.toString()) + "|" + id;
    }

    private static Instant instant(Document document, String field) {
        var date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
