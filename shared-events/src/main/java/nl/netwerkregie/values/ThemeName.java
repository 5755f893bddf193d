package nl.netwerkregie.values;

/** The name of a theme: inviting and constructive ("Zorg voor jeugd"), one line, at most 200 characters. */
public record ThemeName(String value) {
    public static final int MAX = 200;

    public ThemeName {
        value = Texts.require(value, MAX, false);
    }

    @Override
    public String toString() {
        return value;
    }
}
