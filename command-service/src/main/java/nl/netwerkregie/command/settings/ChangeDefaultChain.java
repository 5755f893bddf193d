package nl.netwerkregie.command.settings;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change the chain of positions of responsibility that a municipality's new stelselmatrices start from. */
public record ChangeDefaultChain(
        @TargetAggregateIdentifier MunicipalityCode municipality, List<ChainLink> chain, LocalDate effectiveDate) {}
