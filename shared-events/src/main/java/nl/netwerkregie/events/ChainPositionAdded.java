package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A position of responsibility was added to a matrix's chain, before another position or ({@code before} null) at its end. */
@Revision("1")
public record ChainPositionAdded(
        ThemeId themeId, BuurtCode buurt, ChainLink link, ChainPosition before, LocalDate effectiveDate)
        implements MatrixEvent {}
