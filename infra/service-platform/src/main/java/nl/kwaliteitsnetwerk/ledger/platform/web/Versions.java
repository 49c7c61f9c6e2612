package nl.kwaliteitsnetwerk.ledger.platform.web;

/**
 * An aggregate's version travels as an entity tag: responses carry {@code ETag: "7"} and a client
 * that wants to act only on what it saw sends {@code If-Match: "7"}; a stale one is answered 409.
 */
public final class Versions {

    private Versions() {
    }

    /** The version in an If-Match header, or null when the client sent none (or {@code *}). */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must carry a version such as \"3\"; got " + ifMatch);
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
