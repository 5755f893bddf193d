package nl.netwerkregie.values;

import java.util.regex.Pattern;

final class Ids {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {}

    static void requireUuid(String value) {
        StoredForm.check(value != null && UUID.matcher(value).matches(), "must be a lower-case UUID");
    }
}
