package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A position of responsibility of a matrix is no longer part of its chain from the effective date; its history stays. */
@Revision("1")
public record ChainPositionRetired(ThemeId themeId, BuurtCode buurt, ChainPosition position, LocalDate effectiveDate)
        implements MatrixEvent {}
