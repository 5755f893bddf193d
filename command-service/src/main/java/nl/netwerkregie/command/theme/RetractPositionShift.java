package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.Set;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take back the position shift recorded as event {@code sequence}, because {@code why}; with a replacement
 * ({@code replacementTake} or {@code replacementLeave} not empty) the same actor's corrected shift on
 * {@code replacementDate} (when absent: the date of the shift taken back) is recorded in its place.
 */
public record RetractPositionShift(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        long sequence,
        String why,
        Set<Position> replacementTake,
        Set<Position> replacementLeave,
        LocalDate replacementDate,
        LocalDate effectiveDate) {}
