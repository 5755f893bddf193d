package nl.netwerkregie.values;

/** The form every identifier of the published language takes: a UUID in its canonical lower-case form. */
public final class Ids {
    /** The pattern of an identifier, as the API contract states it. */
    public static final String PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private Ids() {}

    static void requireUuid(String value) {
        StoredForm.check(isUuid(value), "must be a lower-case UUID");
    }

    /**
     * Whether {@code value} matches {@link #PATTERN}, checked character by character: every identifier of every
     * event read passes here, and a regular expression was a visible share of a replay's time.
     */
    static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean ok = (i == 8 || i == 13 || i == 18 || i == 23)
                    ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
