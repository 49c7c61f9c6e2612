package nl.kwaliteitsnetwerk.ledger.platform.errors;

/** A user-supplied value as it may appear in a log line: control, bidi and other invisible characters escaped, length bounded. */
public final class LogSafe {

    private static final int MAX = 200;

    private LogSafe() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX) + 16);
        for (int i = 0; i < text.length() && safe.length() < MAX; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean visible = c == ' ' || !(Character.isISOControl(c) || type == Character.FORMAT
                    || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED);
            if (visible && c != '\\') {
                safe.append(c);
            } else {
                safe.append(String.format("\\u%04x", (int) c));
            }
        }
        if (text.length() > MAX) {
            safe.append("...(").append(text.length()).append(" chars)");
        }
        return safe.toString();
    }
}
