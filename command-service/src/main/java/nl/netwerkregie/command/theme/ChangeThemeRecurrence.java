package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make a theme one-off or recurring. */
public record ChangeThemeRecurrence(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        Recurrence recurrence,
        LocalDate effectiveDate) {}
