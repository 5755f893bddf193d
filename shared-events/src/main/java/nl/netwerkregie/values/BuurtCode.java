package nl.netwerkregie.values;

import java.util.regex.Pattern;

/**
 * A buurt by its CBS code: {@code BU} followed by eight digits, the first four of which are those of
 * its municipality.
 */
public record BuurtCode(String value) {
    /** The pattern of a buurt code, as the API contract states it. */
    public static final String PATTERN = "^BU[0-9]{8}$";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public BuurtCode {
        StoredForm.check(
                value != null && FORMAT.matcher(value).matches(), "must be a CBS buurt code: BU followed by 8 digits");
    }

    public MunicipalityCode municipality() {
        return new MunicipalityCode("GM" + value.substring(2, 6));
    }

    public boolean belongsTo(MunicipalityCode municipality) {
        return municipality().equals(municipality);
    }

    @Override
    public String toString() {
        return value;
    }
}
