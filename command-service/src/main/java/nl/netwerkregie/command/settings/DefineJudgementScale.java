package nl.netwerkregie.command.settings;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ScaleLevel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Define a municipality's own judgement scale for stelselmatrix cells, in force from the effective date; answers its version. */
public record DefineJudgementScale(
        @TargetAggregateIdentifier MunicipalityCode municipality, List<ScaleLevel> levels, LocalDate effectiveDate) {}
