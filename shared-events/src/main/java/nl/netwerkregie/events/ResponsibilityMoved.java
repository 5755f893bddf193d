package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ResponsibilityId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A responsibility of the ledger moved from one position to another on the effective date, through these actors, for a reason. */
@Revision("1")
public record ResponsibilityMoved(
        ThemeId themeId,
        BuurtCode buurt,
        ResponsibilityId responsibilityId,
        ChainPosition from,
        ChainPosition to,
        List<ActorId> through,
        ProgrammeText reason,
        LocalDate effectiveDate)
        implements MatrixEvent {}
