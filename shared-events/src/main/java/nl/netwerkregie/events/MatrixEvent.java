package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ThemeId;

/**
 * An event in the life of the stelselmatrix of one theme in one buurt; every such event says on which
 * date it took effect. The matrix is an aggregate of its own, {@link #matrixId}.
 */
public interface MatrixEvent {
    ThemeId themeId();

    BuurtCode buurt();

    /** When it happened in the buurt; may lie before the moment it was recorded. */
    LocalDate effectiveDate();

    /** The aggregate and stream of a theme's matrix in a buurt: {@code <themeId>:matrix:<buurt code>}. */
    static String matrixId(ThemeId themeId, BuurtCode buurt) {
        return themeId.value() + ":matrix:" + buurt.value();
    }

    default String matrixId() {
        return matrixId(themeId(), buurt());
    }
}
