package nl.netwerkregie.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one way the API reads a date, in bodies and in query parameters alike: exactly ISO
 * {@code yyyy-MM-dd} (four-digit year, no sign, no surrounding whitespace, no time, not a JSON array
 * or number), a real calendar day, and not before {@link #EARLIEST}. Whether a date may lie in the
 * future depends on what it dates and is checked where it is used: an effective date or a session
 * date has happened, so it is never after today; a development period may be planned ahead.
 */
public final class ApiDates {
    /** The earliest date the API accepts: no theme, session or change of a network is older. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public static final String DESCRIPTION = "date as yyyy-MM-dd, from " + EARLIEST + " on";
    public static final String RULE = "must be a " + DESCRIPTION;
    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private ApiDates() {}

    /** The date {@code text} names, or {@link IllegalArgumentException} saying what a date must look like. */
    public static LocalDate parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException(RULE);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, ISO);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a real calendar day (yyyy-MM-dd)");
        }
        if (date.isBefore(EARLIEST)) {
            throw new IllegalArgumentException(RULE);
        }
        return date;
    }
}
