package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import nl.kwaliteitsnetwerk.ledger.platform.process.DaemonThreads;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

/**
 * Reads commits by runs of positions in one query, {@code _id: {$in: [from .. from+n-1]}}: the only
 * multi-document shape the embedded server answers from its {@code _id} index (ranges, sorts without a
 * filter and {@code $or} scan the whole collection; bench/notes/embedded-store-research.md, section 1).
 * Above about {@value #RUN} positions a run no longer pays: the server re-matches each document it
 * fetched against the whole {@code $in} list.
 */
public final class PositionRuns {

    public static final int RUN = 256;
    /** Where the count points right at the end, a short run finds it: the lookups of a run cost even when missing. */
    static final int FIRST_PROBE = 16;

    private PositionRuns() {
    }

    /** The commits stored at {@code from} to {@code from + count - 1}, in position order; missing ones are absent. */
    public static List<Document> run(MongoCollection<Document> commits, long from, int count) {
        List<Document> found = in(commits, LongStream.range(from, from + count).boxed().toList());
        found.sort(Comparator.comparingLong(PositionRuns::position));
        return found;
    }

    /** The commits stored at any of {@code positions}, one query per {@value #RUN} of them; missing ones are absent. */
    static List<Document> at(MongoCollection<Document> commits, List<Long> positions) {
        List<Document> found = new ArrayList<>();
        for (int from = 0; from < positions.size(); from += RUN) {
            found.addAll(in(commits, positions.subList(from, Math.min(from + RUN, positions.size()))));
        }
        return found;
    }

    private static List<Document> in(MongoCollection<Document> commits, List<Long> positions) {
        return commits.find(Filters.in("_id", positions)).sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    /** The position a document of a run stands at: {@code $in} matched its id to a whole number. */
    public static long position(Document commit) {
        return ((Number) commit.get("_id")).longValue();
    }

    /**
     * The store's last commit found from {@code atOrBelowEnd} (a position known to be stored, or -1) without
     * a scan, or null when the store holds none. It probes forward from where the document count says an
     * intact store ends, run after run (doubling while they come back full), until a whole run is empty: a
     * hint behind the end costs runs, never an earlier end. The probe can only miss documents that no
     * position reaches (an id that is no position) or that lie beyond a run of at least
     * {@value #FIRST_PROBE} missing positions; then fewer documents were reached than
     * the store holds, and the end is found as before this class, by sorting the whole collection, which
     * also names a last document that is not a commit. A store where removals and such documents balance
     * out holds a missing position at or below the end found, which every full read names.
     */
    static Document last(MongoCollection<Document> commits, long atOrBelowEnd) {
        long stored = commits.estimatedDocumentCount();
        Document last = null;
        long from = Math.max(Math.max(0, stored - 1), atOrBelowEnd);
        int length = FIRST_PROBE;
        while (true) {
            List<Document> found = run(commits, from, length);
            if (found.isEmpty()) {
                break;
            }
            last = found.get(found.size() - 1);
            from = position(last) + 1;
            length = found.size() == length ? Math.min(2 * length, RUN) : length;
        }
        long reached = last == null ? 0 : position(last) + 1;
        return reached < stored ? commits.find().sort(Sorts.descending("_id")).limit(1).first() : last;
    }

    /**
     * Position lookups along a walk in position order, served from the run that holds them: one query per
     * {@value #RUN} positions instead of one per position. While the walk checks one run, the next is read on
     * a thread of the window's own, so that reading and checking overlap. Only for a walk that does not pass
     * the end it was given: a run read once is not read again, so a position written after its run was read
     * is seen as missing. Closing it stops a read ahead that is no longer wanted.
     */
    static final class Window implements AutoCloseable {
        private final MongoCollection<Document> commits;
        private final long end;
        private final ExecutorService readAhead = Executors.newSingleThreadExecutor(DaemonThreads.named("ledger-read-ahead"));
        private final Map<Long, Document> held = new HashMap<>();
        private long from = -1;
        private long nextFrom = -1;
        private Future<List<Document>> next;

        Window(MongoCollection<Document> commits, long end) {
            this.commits = commits;
            this.end = end;
        }

        Document at(long position) {
            if (from < 0 || position < from || position >= from + RUN) {
                from = position;
                held.clear();
                runAt(position).forEach(c -> held.put(position(c), c));
                long following = position + RUN;
                nextFrom = following;
                next = following <= end ? readAhead.submit(() -> runFrom(following)) : null;
            }
            return held.get(position);
        }

        private List<Document> runAt(long position) {
            if (next == null || nextFrom != position) {
                if (next != null) {
                    next.cancel(true);
                }
                return runFrom(position);
            }
            try {
                return next.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the ledger", e);
            }
        }

        private List<Document> runFrom(long position) {
            return run(commits, position, (int) Math.min(RUN, end - position + 1));
        }

        @Override
        public void close() {
            readAhead.shutdownNow();
        }
    }
}
