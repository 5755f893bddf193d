package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.ResponsibilityId;
import nl.netwerkregie.values.ResponsibilityKind;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A concrete responsibility entered the ledger of a matrix: carried by a position from the effective date, optionally through actors of the theme's network. */
@Revision("1")
public record ResponsibilityTaken(
        ThemeId themeId,
        BuurtCode buurt,
        ResponsibilityId responsibilityId,
        ResponsibilityKind kind,
        Label name,
        ChainPosition position,
        List<ActorId> through,
        LocalDate effectiveDate)
        implements MatrixEvent {}
