package nl.netwerkregie.values;

import java.util.regex.Pattern;

/** The form every identifier of the published language takes: a UUID in its canonical lower-case form. */
public final class Ids {
    /** The pattern of an identifier, as the API contract states it. */
    public static final String PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private static final Pattern UUID = Pattern.compile(PATTERN);

    private Ids() {}

    static void requireUuid(String value) {
        StoredForm.check(value != null && UUID.matcher(value).matches(), "must be a lower-case UUID");
    }
}
