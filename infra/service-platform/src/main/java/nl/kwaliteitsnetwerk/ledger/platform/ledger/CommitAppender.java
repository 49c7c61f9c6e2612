package nl.kwaliteitsnetwerk.ledger.platform.ledger;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import nl.kwaliteitsnetwerk.ledger.kernel.ledger.LedgerHash;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit. Units of work that append at the same time hand their commits here; whichever of them holds
 * the lock writes every commit waiting at that moment as one batch: positions and links in the store's chain
 * given in order, one ordered {@code insertMany} (one durable commit on the embedded store, one round trip on
 * MongoDB), then one write of the aggregates' heads. A unit of work returns once its own commits are stored
 * (or one of them failed); one that waited for the lock usually finds that done already. There is no thread
 * of the appender's own and nothing waits on time.
 * <p>
 * A commit the store refuses (its aggregate key taken: a conflicting append) fails its own unit of work only;
 * the commits after it are linked again and written in the next round. A position taken by another instance
 * is read past, as a single insert did. Anything else (the store unreachable, a timeout) leaves the outcome
 * unknown: every unit of work in the batch not yet stored fails, and the next batch reads the store's end
 * again. A unit of work whose commits may yet have been stored failed exactly so before group commit.
 */
final class CommitAppender {

    /**
     * Well below the 1,000 documents the embedded server takes in one insert command. A driver also splits an
     * insert at 48 MB: a batch of large commits then takes several commands (and durable commits), each
     * whole; a crash still leaves a gap-free prefix.
     */
    static final int MOST_COMMITS_PER_BATCH = 256;

    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<Request> waiting = new ConcurrentLinkedQueue<>();
    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> digests;
    private final LedgerIntegrity integrity;
    /** Read without the lock, as a hint of where the store ends; written only under it. */
    private volatile long nextPosition = -1;
    private byte[] headChainHash;
    /** Whether the thread writing the batch was interrupted: given back to it when the batch is written. */
    private boolean interruptHeldBack;

    CommitAppender(MongoCollection<Document> commits, MongoCollection<Document> heads,
                   MongoCollection<Document> digests, LedgerIntegrity integrity) {
        this.commits = commits;
        this.heads = heads;
        this.digests = digests;
        this.integrity = integrity;
    }

    /** Stores {@code pending} in order, after whatever is stored before it, or throws why not. */
    void append(List<PendingCommit> pending) {
        Request request = new Request(pending);
        waiting.add(request);
        lock.lock();
        try {
            while (!request.done) {
                write(drain());
            }
        } finally {
            lock.unlock();
        }
        if (request.failure instanceof RuntimeException failure) {
            throw failure;
        }
        if (request.failure instanceof Error failure) {
            throw failure;
        }
    }

    /** The store's last commit, found from where this instance appended last (the store cannot end below it). */
    Document lastCommit() {
        try {
            return CommitChecks.lastCommit(commits, nextPosition - 1);
        } catch (LedgerIntegrityException notACommit) {
            throw integrity.refuse(List.of(notACommit.broken()));
        }
    }

    private List<Request> drain() {
        List<Request> batch = new ArrayList<>();
        int size = 0;
        for (Request next = waiting.peek(); next != null; next = waiting.peek()) {
            if (!batch.isEmpty() && size + next.pending.size() > MOST_COMMITS_PER_BATCH) {
                break;
            }
            batch.add(waiting.poll());
            size += next.pending.size();
        }
        return batch;
    }

    /**
     * Writes one batch; whatever happens, every unit of work in it is done afterwards (stored, or failed with
     * why), so that none waits for a batch no one writes any more. An interrupt of the thread that happens to
     * write the batch is held back until the batch is written: it belongs to that thread's unit of work, not
     * to the others it writes for.
     */
    private void write(List<Request> batch) {
        interruptHeldBack = Thread.interrupted();
        try {
            List<Queued> queued = new ArrayList<>();
            batch.forEach(request -> request.pending.forEach(commit -> queued.add(new Queued(request, commit))));
            List<Stored> stored = new ArrayList<>();
            try {
                ensureHead();
                List<Queued> left = queued;
                while (!left.isEmpty()) {
                    left = insert(left, stored);
                }
            } catch (RuntimeException | Error unknownOutcome) {
                nextPosition = -1;
                batch.forEach(request -> request.failUnlessStored(unknownOutcome));
            }
            try {
                recordHeads(stored);
            } catch (RuntimeException | Error headsNotRecorded) {
                batch.forEach(request -> request.fail(headsNotRecorded));
            }
        } finally {
            batch.forEach(request -> request.done = true);
            if (interruptHeldBack) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One ordered insert of what is queued; answers what is left for the next round, linked anew there. */
    private List<Queued> insert(List<Queued> queued, List<Stored> stored) {
        List<Document> documents = new ArrayList<>(queued.size());
        List<byte[]> chainHashes = new ArrayList<>(queued.size());
        long position = nextPosition;
        byte[] previous = headChainHash;
        for (Queued each : queued) {
            byte[] chainHash = each.commit.chainHashAt(position, previous);
            documents.add(each.commit.at(position++, previous, chainHash));
            chainHashes.add(chainHash);
            previous = chainHash;
        }
        try {
            commits.insertMany(documents, new InsertManyOptions().ordered(true));
            advance(queued, chainHashes, queued.size(), stored);
            return List.of();
        } catch (MongoInterruptedException interrupted) {
            // the insert was cut off by an interrupt of this thread, which may have written it or not: what is
            // stored is read back (a commit at its position with its chain hash is this one), the rest written again
            interruptHeldBack = true;
            Thread.interrupted();
            int found = storedPrefix(documents);
            advance(queued, chainHashes, found, stored);
            return queued.subList(found, queued.size());
        } catch (MongoBulkWriteException e) {
            // a write concern not met (a primary stepping down) leaves even the documents before the error unconfirmed
            if (e.getWriteErrors().isEmpty() || e.getWriteConcernError() != null) {
                throw e;
            }
            BulkWriteError error = e.getWriteErrors().get(0);
            int refused = error.getIndex();
            advance(queued, chainHashes, refused, stored);
            Queued failed = queued.get(refused);
            if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                failed.request.fail(e);
            } else if (error.getMessage().contains(LedgerStorageEngine.AGGREGATE_KEY)) {
                failed.request.fail(conflict(failed.commit, e));
            } else {
                readPastTakenPositions();
                return queued.subList(refused, queued.size());
            }
            return queued.subList(refused + 1, queued.size()).stream()
                    .filter(next -> next.request != failed.request).toList();
        }
    }

    private int storedPrefix(List<Document> documents) {
        int found = 0;
        for (Document document : documents) {
            Document at = LedgerStorageEngine.commitAt(commits, document.getLong("_id"));
            if (at == null || !document.getString("chainHash").equals(at.get("chainHash"))) {
                break;
            }
            found++;
        }
        return found;
    }

    private void advance(List<Queued> queued, List<byte[]> chainHashes, int count, List<Stored> stored) {
        for (int i = 0; i < count; i++) {
            headChainHash = chainHashes.get(i);
            stored.add(new Stored(queued.get(i).commit, nextPosition));
            queued.get(i).request.stored++;
            nextPosition++;
        }
    }

    /** Another instance appended: its commits are read past, each checked to be one the ledger wrote. */
    private void readPastTakenPositions() {
        long position = nextPosition;
        for (Document taken = LedgerStorageEngine.commitAt(commits, position); taken != null;
             taken = LedgerStorageEngine.commitAt(commits, ++position)) {
            if (!(taken.get("chainHash") instanceof String takenChain)) {
                throw integrity.refuse(List.of(new LedgerBreak(position, null, LedgerBreak.Kind.INSERTED,
                        "the document at this position is not a commit the ledger wrote")));
            }
            headChainHash = LedgerHash.fromHex(takenChain);
        }
        if (position == nextPosition) {
            throw integrity.refuse(List.of(new LedgerBreak(position, null, LedgerBreak.Kind.INSERTED,
                    "the position is taken, but by nothing a read by position finds")));
        }
        nextPosition = position;
    }

    /**
     * After the commits, not with them: a crash in between leaves a head behind its commits, which a read
     * accepts (it must reach the head, and may pass it); {@code $max} keeps a late writer from lowering it. The
     * same update lists the commit's position, so that a load reads the aggregate's commits in one query
     * ({@link AggregateCommits}); a list left short by such a crash only costs that load a lookup. Where the
     * field is no list (not as the engine wrote it) the server refuses to add to it: that head is then recorded
     * without the position, since a hint is not worth failing a unit of work whose commit is in.
     */
    private void recordHeads(List<Stored> stored) {
        List<Stored> ofAggregates = stored.stream().filter(each -> !each.commit.first().aggregateType().isEmpty()).toList();
        if (ofAggregates.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> updates = ofAggregates.stream()
                .map(each -> new UpdateOneModel<Document>(Filters.eq("_id", each.commit.aggregateId()),
                        LedgerDocuments.headAfter(each.commit.lastSequence(), each.position), new UpdateOptions().upsert(true)))
                .toList();
        try {
            heads.bulkWrite(updates, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().isEmpty()) {
                throw e;
            }
            for (BulkWriteError notAList : e.getWriteErrors()) {
                PendingCommit commit = ofAggregates.get(notAList.getIndex()).commit;
                heads.updateOne(Filters.eq("_id", commit.aggregateId()), Updates.max("lastSequence", commit.lastSequence()),
                        new UpdateOptions().upsert(true));
            }
        }
    }

    /**
     * The head of the store's chain: read once, then kept as this instance appends. A store that ends below
     * its latest signed digest was cut: appending there would write over what was signed.
     */
    private void ensureHead() {
        if (nextPosition >= 0) {
            return;
        }
        Document last = lastCommit();
        long lastPosition = last == null ? -1 : last.getLong("_id");
        Document signed = digests.find().sort(Sorts.descending("_id")).limit(1).first();
        Long signedPosition = signed == null ? null : CommitChecks.number(signed, "_id");
        if (signedPosition != null && signedPosition > lastPosition) {
            throw integrity.refuse(List.of(new LedgerBreak(lastPosition + 1, null, LedgerBreak.Kind.TRUNCATED,
                    "the store ends at position " + lastPosition + " below its digest signed up to " + signedPosition)));
        }
        headChainHash = last == null ? LedgerHash.GENESIS : LedgerHash.fromHex(last.getString("chainHash"));
        nextPosition = lastPosition + 1;
    }

    private static RuntimeException conflict(PendingCommit commit, Exception cause) {
        String message = "An event for aggregate [" + commit.aggregateId() + "] at sequence [" + commit.firstSequence()
                + "] was already inserted";
        return commit.firstSequence() == 0 ? new AggregateStreamCreationException(message, cause)
                : new ConcurrencyException(message, cause);
    }

    /** One unit of work's commits, waiting; done once all are stored or one has failed. */
    private static final class Request {
        private final List<PendingCommit> pending;
        private int stored;
        private Throwable failure;
        private boolean done;

        private Request(List<PendingCommit> pending) {
            this.pending = pending;
        }

        private void fail(Throwable why) {
            if (failure == null) {
                failure = why;
            }
        }

        private void failUnlessStored(Throwable why) {
            if (stored < pending.size()) {
                fail(why);
            }
        }
    }

    private record Queued(Request request, PendingCommit commit) {
    }

    private record Stored(PendingCommit commit, long position) {
    }
}
