package nl.kwaliteitsnetwerk.ledger.platform.publicfeed;

import java.io.InputStream;

/** Where the feed's JSON Schemas are: in the shared kernel, under {@code schemas/public/}. */
public final class PublicFeedSchemas {

    public static final String ENTRY = "public-feed-entry.v1.json";
    private static final String FOLDER = "/schemas/public/";

    private PublicFeedSchemas() {
    }

    public static String nameOf(String factType, int schemaVersion) {
        return factType + ".v" + schemaVersion + ".json";
    }

    public static InputStream open(String name) {
        InputStream in = PublicFeedSchemas.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("the schema " + name + " is missing from the kernel");
        }
        return in;
    }
}
