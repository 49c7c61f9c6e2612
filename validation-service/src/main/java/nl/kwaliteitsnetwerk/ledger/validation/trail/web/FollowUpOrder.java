package nl.kwaliteitsnetwerk.ledger.validation.trail.web;

import nl.kwaliteitsnetwerk.ledger.validation.trail.FollowUpLine;
import nl.kwaliteitsnetwerk.ledger.validation.trail.TrailEntry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The page key of the follow-up list: when each follow-up was opened (the trail entry that opened it),
 * then its report and id. Unlike its due date, which a reopening moves, and its status, that never changes,
 * so a walk through the pages meets every follow-up once.
 */
final class FollowUpOrder {

    private FollowUpOrder() {
    }

    /** The key of each follow-up line folded from {@code entries}, which hold the entries that opened them. */
    static Function<FollowUpLine, String> openedFirst(List<TrailEntry> entries, LocalDate today) {
        Map<String, String> openedAt = new HashMap<>();
        // an entry folded on its own yields a line only if it opens one: FollowUpLine alone knows which do
        for (TrailEntry entry : entries) {
            FollowUpLine.of(List.of(entry), today).forEach(line ->
                    openedAt.putIfAbsent(idOf(line), TrailController.inTimeOrder(entry)));
        }
        return line -> openedAt.get(idOf(line)) + " " + line.followUpId();
    }

    private static String idOf(FollowUpLine line) {
        return line.reportId() + " " + line.followUpId();
    }
}
