package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** The positions of a matrix's chain stand in this order from the effective date (every position then in force, once). */
@Revision("1")
public record ChainReordered(ThemeId themeId, BuurtCode buurt, List<ChainPosition> order, LocalDate effectiveDate)
        implements MatrixEvent {}
