package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.RegieLevel;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Describe the municipality's own role in the theme at one level, from a date. */
public record DescribeOwnRole(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        RegieLevel level,
        ProgrammeText role,
        LocalDate effectiveDate) {}
