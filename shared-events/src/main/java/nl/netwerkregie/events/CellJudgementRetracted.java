package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * The judgement of a cell recorded as the matrix's event {@code sequence} is taken back for the reason
 * {@code why}: the cell's judgement is the one before it again. {@code corrected}: the judgement of the same cell
 * and period recorded right after this event, in the same command, replaces it.
 */
@Revision("1")
public record CellJudgementRetracted(
        ThemeId themeId,
        BuurtCode buurt,
        ChainPosition position,
        MatrixElement element,
        long sequence,
        String why,
        boolean corrected,
        LocalDate effectiveDate)
        implements MatrixEvent, Retraction {}
