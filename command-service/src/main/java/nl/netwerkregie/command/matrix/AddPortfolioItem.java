package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.PortfolioItemId;
import nl.netwerkregie.values.PortfolioKind;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.PublicationMedium;
import nl.netwerkregie.values.WebLink;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add an item to the buurtportfolio. */
public record AddPortfolioItem(
        @TargetAggregateIdentifier MatrixAddress matrix,
        PortfolioItemId portfolioItemId,
        PortfolioKind kind,
        ProgrammeText text,
        PublicationMedium medium,
        WebLink link,
        LocalDate effectiveDate) {}
