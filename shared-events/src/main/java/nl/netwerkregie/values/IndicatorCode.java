package nl.netwerkregie.values;

import java.util.regex.Pattern;

/**
 * The name of a wijkprofiel indicator, as a code: a lower-case letter, then up to 59 lower-case letters,
 * digits, hyphens or dots (e.g. {@code zelfredzaamheid}, {@code clienten.jeugdzorg}, {@code inzet.nulde-lijn}).
 */
public record IndicatorCode(String value) {
    public static final String PATTERN = "^[a-z][a-z0-9.-]{0,59}$";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public IndicatorCode {
        StoredForm.check(
                value != null && FORMAT.matcher(value).matches(),
                "must be an indicator code: a lower-case letter, then up to 59 lower-case letters, digits, - or .");
    }

    @Override
    public String toString() {
        return value;
    }
}
