package nl.netwerkregie.command;

import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.Texts;

/** What every correction of a record asks alike: why it is taken back (ADR 0014). */
public final class Corrections {
    /** The longest reason for taking a record back. */
    public static final int MAX_WHY = 500;

    private Corrections() {}

    /** The reason a correction gives, required and at most {@link #MAX_WHY} characters, else rejected as "why". */
    public static String why(Inputs in, String raw) {
        return in.required("why", raw, w -> Texts.require(w, MAX_WHY, true));
    }
}
