package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.PortfolioItemId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A portfolio item was withdrawn from the effective date; the history keeps it. */
@Revision("1")
public record PortfolioItemWithdrawn(
        ThemeId themeId, BuurtCode buurt, PortfolioItemId portfolioItemId, LocalDate effectiveDate)
        implements MatrixEvent {}
