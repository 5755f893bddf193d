package nl.netwerkregie.query.matrix;

import java.time.LocalDate;
import java.util.List;

/** The stelselmatrices of a theme, one per buurt. */
public record MatrixList(String municipality, String themeId, List<Entry> matrices) {
    public record Entry(String buurt, LocalDate setUpOn) {}
}
