package nl.netwerkregie.values;

import java.util.regex.Pattern;

/** A municipality (gemeente) by its CBS code: {@code GM} followed by four digits, e.g. {@code GM0274}. */
public record MunicipalityCode(String value) {
    /** The form of a code, for the contract. */
    public static final String PATTERN = "^GM\\d{4}$";

    private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

    public MunicipalityCode {
        StoredForm.check(
                value != null && FORMAT.matcher(value).matches(),
                "must be a CBS municipality code: GM followed by 4 digits");
    }

    /** The four digits that buurt and wijk codes of this municipality start with. */
    public String digits() {
        return value.substring(2);
    }

    @Override
    public String toString() {
        return value;
    }
}
