package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.RegiePhase;
import nl.netwerkregie.values.RegieSkill;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * From its effective date, what the municipality has regie on in one phase of the theme's process and which skills it
 * stresses there (MOVISIE's third schema), with a note.
 */
@Revision("1")
public record PhaseRegieDescribed(
        ThemeId themeId,
        RegiePhase phase,
        ProgrammeText regieOn,
        List<RegieSkill> skills,
        ProgrammeText note,
        LocalDate effectiveDate)
        implements ThemeEvent {}
