package nl.netwerkregie.values;

/**
 * Checks shared by the free-text values: never blank, bounded in length, and free of control
 * characters (a line break and a tab are allowed only where a text may span lines), of invisible
 * format characters such as bidi overrides, and of unassigned or private-use code points.
 */
public final class Texts {
    private Texts() {
    }

    /** Returns {@code value} stripped, or throws {@link IllegalArgumentException} naming the rule it breaks. */
    public static String require(String value, int maxLength, boolean multiline) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new IllegalArgumentException("must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean allowedWhitespace = multiline && (c == '\n' || c == '\r' || c == '\t');
            int type = Character.getType(c);
            boolean joiner = c == '\u200C' || c == '\u200D';   // needed inside some scripts and emoji
            if ((Character.isISOControl(c) && !allowedWhitespace)
                    || c == '\u2028' || c == '\u2029'
                    || (type == Character.FORMAT && !joiner)      // bidi overrides, BOM, invisible marks
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                throw new IllegalArgumentException("must not contain control or unassigned characters");
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= stripped.length()
                        || !Character.isLowSurrogate(stripped.charAt(i + 1))) {
                    throw new IllegalArgumentException("must be valid Unicode");
                }
                i++;
            }
        }
        return stripped;
    }

    /** Like {@link #require} but {@code null} stays {@code null} (an optional text). */
    public static String optional(String value, int maxLength, boolean multiline) {
        return value == null ? null : require(value, maxLength, multiline);
    }
}
