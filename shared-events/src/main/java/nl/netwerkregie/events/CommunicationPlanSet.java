package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** The communication plan of the buurtportfolio reads so from the effective date: its channels, audiences and rhythm. */
@Revision("1")
public record CommunicationPlanSet(
        ThemeId themeId,
        BuurtCode buurt,
        List<Label> channels,
        List<Label> audiences,
        Label rhythm,
        LocalDate effectiveDate)
        implements MatrixEvent {}
