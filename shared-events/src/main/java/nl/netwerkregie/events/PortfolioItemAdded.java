package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.PortfolioItemId;
import nl.netwerkregie.values.PortfolioKind;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.PublicationMedium;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.WebLink;
import org.axonframework.serialization.Revision;

/** An item was added to the buurtportfolio: its kind, text, where it was published and a link to it (both optional). */
@Revision("1")
public record PortfolioItemAdded(
        ThemeId themeId,
        BuurtCode buurt,
        PortfolioItemId portfolioItemId,
        PortfolioKind kind,
        ProgrammeText text,
        PublicationMedium medium,
        WebLink link,
        LocalDate effectiveDate)
        implements MatrixEvent {}
