package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AnalysisAuthor;
import nl.netwerkregie.values.AnalysisId;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * An analysis with {@code instrument} was begun for the theme, under a title, made by the regievoerder, a group or a
 * schakel ({@code schakel} names it); within step {@code step} of cycle {@code cycle}, or outside any cycle when both
 * are {@code null}.
 */
@Revision("1")
public record AnalysisOpened(
        AnalysisId analysisId,
        MunicipalityCode municipality,
        ThemeId themeId,
        Instrument instrument,
        Label title,
        AnalysisAuthor madeBy,
        ActorId schakel,
        Integer cycle,
        CycleStep step,
        LocalDate effectiveDate)
        implements AnalysisEvent, StreamOpening {

    @Override
    public java.util.Optional<ThemeId> ofTheme() {
        return java.util.Optional.of(themeId);
    }
}
