package nl.netwerkregie.command.instrument;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AnalysisId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.PatternResearchContent;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a session of pattern research: its participants and the analysis as it stands after it. */
public record RecordPatternResearch(
        @TargetAggregateIdentifier AnalysisId analysisId,
        MunicipalityCode municipality,
        ThemeId themeId,
        List<ActorId> participants,
        PatternResearchContent content,
        LocalDate effectiveDate) {}
