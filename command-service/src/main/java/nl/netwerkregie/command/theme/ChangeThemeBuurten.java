package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the set of buurten a theme runs in. */
public record ChangeThemeBuurten(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        List<BuurtCode> buurten,
        LocalDate effectiveDate) {}
