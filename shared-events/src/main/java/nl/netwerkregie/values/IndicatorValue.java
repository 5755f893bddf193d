package nl.netwerkregie.values;

/** One value of a wijkprofiel indicator: for a buurt and a period, from a source of a level. */
public record IndicatorValue(
        BuurtCode buurt, IndicatorPeriod period, IndicatorCode indicator, double value, SourceLevel level) {
    public IndicatorValue {
        StoredForm.check(
                buurt != null && period != null && indicator != null && level != null,
                "needs a buurt, a period, an indicator and a level");
        StoredForm.check(Double.isFinite(value), "must be a finite number");
    }
}
