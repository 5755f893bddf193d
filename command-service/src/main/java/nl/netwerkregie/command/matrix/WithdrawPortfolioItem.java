package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.PortfolioItemId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw an item of the buurtportfolio from the effective date. */
public record WithdrawPortfolioItem(
        @TargetAggregateIdentifier MatrixAddress matrix, PortfolioItemId portfolioItemId, LocalDate effectiveDate) {}
