package nl.netwerkregie.command.instrument;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AnalysisAuthor;
import nl.netwerkregie.values.AnalysisId;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Begin an analysis with an instrument for a theme, optionally within a started step of one of its cycles. */
public record OpenAnalysis(
        @TargetAggregateIdentifier AnalysisId analysisId,
        MunicipalityCode municipality,
        ThemeId themeId,
        Instrument instrument,
        Label title,
        AnalysisAuthor madeBy,
        ActorId schakel,
        Integer cycle,
        CycleStep step,
        LocalDate effectiveDate) {}
