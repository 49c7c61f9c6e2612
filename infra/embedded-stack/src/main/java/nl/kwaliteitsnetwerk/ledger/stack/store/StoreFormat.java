package nl.kwaliteitsnetwerk.ledger.stack.store;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Which format a store file is in, kept in the file itself: the map {@value #MARKER} holds {@value #FORMAT}
 * under {@value #KEY}. MVStore does not record a map's types, and BSON read from Java-serialized bytes (or
 * the other way round) is garbage or an error, so a file must say what it holds before anything reads it.
 * <p>
 * A file without the marker that holds documents was written by the H2 backend's own types, as every file
 * before this format was. It is migrated once, when it is opened: every collection and unique index is
 * copied into a map of the new types under a temporary name, and then, in one commit, the old maps are
 * removed, the copies take their names and the marker is written. The copies are committed as they grow, so
 * a large file does not have to fit in memory; until the last commit the old maps are untouched and the
 * file has no marker, so a crash at any point leaves the old file, and the next open discards the copies
 * and starts again. Nothing else commits meanwhile: the store is opened with automatic commits off, and
 * the server starts only afterwards.
 */
public final class StoreFormat {

    static final String MARKER = "qal.storeFormat";
    static final String KEY = "format";
    static final String FORMAT = "bson-1";
    static final String COPY = "qal.migrating.";
    private static final int ENTRIES_PER_COMMIT = 10_000;

    private static final Logger log = LoggerFactory.getLogger(StoreFormat.class);

    private StoreFormat() {
    }

    /**
     * Makes the file one this version reads: marks a new file, migrates an old one, and refuses a format it
     * does not know. Returns how many maps were migrated: 0 for a new file or one already in this format.
     */
    public static int prepare(MVStore store) {
        MVMap<String, String> marker = store.openMap(MARKER);
        String format = marker.get(KEY);
        if (FORMAT.equals(format)) {
            return 0;
        }
        if (format != null) {
            throw new IllegalStateException("the store file " + store.getFileStore().getFileName() + " is in format '" + format
                    + "', which this version cannot read (it reads '" + FORMAT + "'); open it with the version that wrote it,"
                    + " export the ledger there (LedgerExportCommand) and restore it into a new file (LedgerRestoreCommand)");
        }
        return migrate(store, marker);
    }

    /** Copies every map of the old types, then switches the copies in and writes the marker in one commit. */
    private static int migrate(MVStore store, MVMap<String, String> marker) {
        long started = System.nanoTime();
        store.getMapNames().stream().filter(name -> name.startsWith(COPY)).toList().forEach(store::removeMap);
        List<String> legacy = store.getMapNames().stream()
                .filter(name -> StoreMaps.holdsDocuments(name) || StoreMaps.holdsIndexKeys(name)).sorted().toList();
        if (!legacy.isEmpty()) {
            log.info("migrating {} maps of {} from Java serialization to BSON; the old maps stay until the migration's last commit",
                    legacy.size(), store.getFileStore().getFileName());
        }
        long entries = 0;
        for (String name : legacy) {
            entries += copy(store, name);
        }
        for (String name : legacy) {
            store.removeMap(name);
            store.renameMap(copyOf(store, name), name);
        }
        marker.put(KEY, FORMAT);
        store.commit();
        if (!legacy.isEmpty()) {
            log.info("migrated {} maps ({} entries) of {} from Java serialization to BSON in {} ms", legacy.size(), entries,
                    store.getFileStore().getFileName(), (System.nanoTime() - started) / 1_000_000);
        }
        return legacy.size();
    }

    /** Copies a map of the old types into one of the new types under a temporary name; the copy is complete or the open fails. */
    private static long copy(MVStore store, String name) {
        MVMap<Object, Object> old = store.openMap(name);
        MVMap<Object, Object> copy = copyOf(store, name);
        long copied = 0;
        Cursor<Object, Object> entries = old.cursor(null);
        while (entries.hasNext()) {
            Object key = entries.next();
            if (copy.putIfAbsent(key, entries.getValue()) != null) {
                // two keys the old byte order told apart and the value order does not: keep the old maps as they are
                throw new IllegalStateException("cannot migrate " + store.getFileStore().getFileName() + ": the map " + name
                        + " holds the key " + key + " twice as the server compares values; the old maps are left as they are");
            }
            if (++copied % ENTRIES_PER_COMMIT == 0) {
                store.commit();
                log.info("copied {} entries of {}", copied, name);
            }
        }
        return copied;
    }

    /** The copy of a map, opened with the types its original name calls for. */
    @SuppressWarnings("unchecked")
    private static MVMap<Object, Object> copyOf(MVStore store, String original) {
        String name = COPY + original;
        MVMap<?, ?> copy = StoreMaps.holdsDocuments(original) ? StoreMaps.documents(store, name) : StoreMaps.uniqueIndex(store, name);
        return (MVMap<Object, Object>) copy;
    }
}
