package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.RegiePhase;
import nl.netwerkregie.values.RegieSkill;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Describe what the municipality has regie on in a phase of the process and the skills it stresses, from a date. */
public record DescribePhaseRegie(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        RegiePhase phase,
        ProgrammeText regieOn,
        List<RegieSkill> skills,
        ProgrammeText note,
        LocalDate effectiveDate) {}
