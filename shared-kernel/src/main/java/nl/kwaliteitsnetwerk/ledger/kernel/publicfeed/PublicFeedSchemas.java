package nl.kwaliteitsnetwerk.ledger.kernel.publicfeed;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The feed's JSON Schemas, on the kernel's class path under {@code schemas/public/}: the entry, and one per fact type and version. */
public final class PublicFeedSchemas {

    public static final String ENTRY = "public-feed-entry.v1.json";
    private static final String FOLDER = "/schemas/public/";

    private PublicFeedSchemas() {
    }

    public static String nameOf(String factType, int schemaVersion) {
        return factType + ".v" + schemaVersion + ".json";
    }

    /** Every schema of the feed: the entry's, then each fact type's at its current version. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(ENTRY);
        PublicFactTypes.ALL.forEach(type -> names.add(nameOf(type, PublicFactTypes.SCHEMA_VERSION)));
        return List.copyOf(names);
    }

    public static InputStream open(String name) {
        InputStream in = PublicFeedSchemas.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("the schema " + name + " is missing from the kernel");
        }
        return in;
    }
}
