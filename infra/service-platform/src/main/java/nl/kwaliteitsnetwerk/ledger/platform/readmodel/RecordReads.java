package nl.kwaliteitsnetwerk.ledger.platform.readmodel;

import nl.kwaliteitsnetwerk.ledger.kernel.disclosure.Access;
import nl.kwaliteitsnetwerk.ledger.platform.errors.NotFound;
import nl.kwaliteitsnetwerk.ledger.platform.readmodel.EventHistory.TrailEntry;
import nl.kwaliteitsnetwerk.ledger.platform.security.Caller;
import nl.kwaliteitsnetwerk.ledger.platform.web.Page;
import nl.kwaliteitsnetwerk.ledger.platform.web.Paging;
import nl.kwaliteitsnetwerk.ledger.platform.web.Versions;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Every read of one kind of record (an audit, a dialogue, a review) goes through here, by the caller's access
 * to the record as it stands now: whether they may know it exists (a 404 otherwise, which does not confirm
 * that it does), how much of it they see, now or as it stood at a past instant (so a past never shows more
 * than the present), and whether they may read its trail. A service's {@code Visible…} component extends it,
 * naming the kind's queries, its access rule and its history; its query controllers hold no logic of their own.
 */
public class RecordReads<V> {

    /**
     * What the reads need of a kind: its name in answers ("Audit", "Panel review"), how to ask the query bus for
     * one record by id, the record's version (its ETag), its access rule, and its history: the record as it
     * stood at an instant, and its trail.
     */
    public record Kind<V>(String name, Class<V> type, Function<String, Object> findOne, ToLongFunction<V> version,
                          BiFunction<Caller, V, Access> access, BiFunction<String, Instant, Optional<V>> asOf,
                          Function<String, List<TrailEntry>> trail) {
    }

    /** The part of a record (as it stands, or stood then) that the caller's access now discloses. */
    @FunctionalInterface
    public interface Disclosure<V> {
        Object disclose(Access access, V view);
    }

    private final VisibleViews<V> views;
    private final Kind<V> kind;

    protected RecordReads(QueryGateway queries, Kind<V> kind) {
        this.views = new VisibleViews<>(queries, kind.type());
        this.kind = kind;
    }

    /** How much of {@code view} the caller sees, by every role they hold. */
    public Access access(Caller caller, V view) {
        return kind.access().apply(caller, view);
    }

    /** The records {@code query} finds that the caller may know exist. */
    protected List<V> matching(Caller caller, Object query) {
        return views.list(query, view -> access(caller, view).visible());
    }

    /** One record the caller may know exists; a 404 otherwise, which does not confirm it exists. */
    public V one(Caller caller, String id) {
        return views.one(kind.findOne().apply(id), id, view -> access(caller, view).visible());
    }

    /** Whether a record with this id exists and the caller may know it does. */
    public boolean visibleTo(Caller caller, String id) {
        return views.exists(kind.findOne().apply(id), view -> access(caller, view).visible());
    }

    /**
     * The record now, or with {@code asOf} as it stood then (a 404 if it did not exist yet), shown as much as
     * the caller may see of it now, with its version as ETag.
     */
    public ResponseEntity<Object> read(Caller caller, String id, Instant asOf, Disclosure<V> disclosure) {
        V current = one(caller, id);
        Access access = access(caller, current);
        V shown = asOf == null ? current : kind.asOf().apply(id, asOf)
                .orElseThrow(() -> new NotFound(kind.name() + " " + id + " did not exist yet at " + asOf + "."));
        return ResponseEntity.ok().eTag(Versions.etag(kind.version().applyAsLong(shown)))
                .body(disclosure.disclose(access, shown));
    }

    /** Every event of the record in order, to one who may read all of it; forbidden to anyone else who may know it. */
    public Page<TrailEntry> trail(Caller caller, String id, Paging paging) {
        access(caller, one(caller, id)).requireFull("the trail of this " + kind.name().toLowerCase(Locale.ROOT));
        return paging.page(kind.trail().apply(id), entry -> Paging.numericKey(entry.sequenceNumber()));
    }
}
