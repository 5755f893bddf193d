package nl.netwerkregie.values;

import java.util.regex.Pattern;

/**
 * A buurt by its CBS code: {@code BU} followed by eight digits, the first four of which are those of
 * its municipality.
 */
public record BuurtCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("BU\\d{8}");

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
