package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A position of responsibility of a matrix goes by another name from the effective date. */
@Revision("1")
public record ChainPositionRenamed(
        ThemeId themeId, BuurtCode buurt, ChainPosition position, Label name, LocalDate effectiveDate)
        implements MatrixEvent {}
