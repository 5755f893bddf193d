package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** An attention point was added to a cell of a matrix. */
@Revision("1")
public record AttentionPointAdded(
        ThemeId themeId,
        BuurtCode buurt,
        AttentionPointId attentionPointId,
        ChainPosition position,
        MatrixElement element,
        ProgrammeText text,
        LocalDate effectiveDate)
        implements MatrixEvent {}
