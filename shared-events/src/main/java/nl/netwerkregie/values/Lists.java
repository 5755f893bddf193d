package nl.netwerkregie.values;

import java.util.List;

/** Lists in value types: never {@code null}, never changed after they are made. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
