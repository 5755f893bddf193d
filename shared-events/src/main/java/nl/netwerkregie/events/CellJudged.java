package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.MeasurementPeriod;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** At a measurement moment (the effective date) in a period, a cell of a matrix was judged: how far its position carries the element, as a level of the judgement scale of {@code scaleVersion}, by the actors who judged. */
@Revision("1")
public record CellJudged(
        ThemeId themeId,
        BuurtCode buurt,
        ChainPosition position,
        MatrixElement element,
        MeasurementPeriod period,
        int level,
        int scaleVersion,
        ProgrammeText note,
        List<ActorId> judgedBy,
        LocalDate effectiveDate)
        implements MatrixEvent {}
