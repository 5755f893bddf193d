package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.NetworkStrategy;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A cell of a matrix was described anew: the own strength of its position for its element and the network strategies that connect to it. */
@Revision("1")
public record CellDescribed(
        ThemeId themeId,
        BuurtCode buurt,
        ChainPosition position,
        MatrixElement element,
        ProgrammeText ownStrength,
        List<NetworkStrategy> strategies,
        List<Label> otherStrategies,
        LocalDate effectiveDate)
        implements MatrixEvent {}
