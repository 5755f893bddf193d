package nl.netwerkregie.values;

import java.util.regex.Pattern;

/** The period an indicator value describes: a year ({@code 2014}), a quarter ({@code 2014-Q2}) or a month ({@code 2014-03}). */
public record IndicatorPeriod(String value) {
    public static final String PATTERN = "^(19|20)[0-9]{2}(-Q[1-4]|-(0[1-9]|1[0-2]))?$";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public IndicatorPeriod {
        StoredForm.check(
                value != null && FORMAT.matcher(value).matches(),
                "must be a year (2014), a quarter (2014-Q2) or a month (2014-03)");
    }

    @Override
    public String toString() {
        return value;
    }
}
