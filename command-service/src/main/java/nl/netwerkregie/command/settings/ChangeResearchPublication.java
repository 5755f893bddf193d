package nl.netwerkregie.command.settings;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish a municipality's data for research from a date ({@code published}), or withdraw it. */
public record ChangeResearchPublication(
        @TargetAggregateIdentifier MunicipalityCode municipality, boolean published, LocalDate effectiveDate) {}
