package nl.netwerkregie.values;

import java.time.LocalDate;
import java.util.List;

/**
 * The ordinal scale a stelselmatrix cell is judged on: how far the position carries the element
 * itself. Versioned: a judgement records the version it was made on, so it keeps its meaning when a
 * municipality defines a new scale. Version 1 is the {@link #STANDARD} scale, in force from the start;
 * a municipality's own scales are versions 2, 3, … from their effective dates. A scale has 2 to
 * {@value #MAX_LEVELS} levels numbered 1 to n.
 */
public record JudgementScale(int version, LocalDate from, List<ScaleLevel> levels) {
    public static final int MAX_LEVELS = 10;

    public static final JudgementScale STANDARD = new JudgementScale(
            1,
            LocalDate.of(1900, 1, 1),
            List.of(
                    level(1, "Niet gedragen", "This position does not take the element up; it is left to others."),
                    level(
                            2,
                            "Beginnend",
                            "First signs: some people or parties in this position take it up now and then, with "
                                    + "much support from further along the chain."),
                    level(
                            3,
                            "Deels gedragen",
                            "Taken up regularly, but still dependent on support from positions further along the "
                                    + "chain."),
                    level(
                            4,
                            "Grotendeels gedragen",
                            "Largely carried by this position itself; support is asked for when needed."),
                    level(
                            5,
                            "Volledig gedragen",
                            "Carried and organised by this position itself, which also passes it on to others.")));

    public JudgementScale {
        StoredForm.check(version >= 1 && from != null && levels != null, "needs a version, a date and levels");
        levels = levels == null ? List.of() : List.copyOf(levels);
        StoredForm.check(levels.size() >= 2 && levels.size() <= MAX_LEVELS, "must have 2 to " + MAX_LEVELS + " levels");
        for (int i = 0; i < levels.size(); i++) {
            StoredForm.check(levels.get(i).level() == i + 1, "levels must be numbered 1 to n in order");
        }
    }

    public boolean contains(int level) {
        return level >= 1 && level <= levels.size();
    }

    /** Where a level lies on this scale: 0 for the lowest, 1 for the highest. Compares judgements made on different versions. */
    public double rank(int level) {
        return (level - 1) / (double) (levels.size() - 1);
    }

    private static ScaleLevel level(int n, String label, String meaning) {
        return new ScaleLevel(n, new Label(label), new ProgrammeText(meaning));
    }
}
