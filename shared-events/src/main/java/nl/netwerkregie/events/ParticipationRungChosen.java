package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.ParticipationRung;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * From its effective date the municipality stands on {@code rung} of the participation ladder for {@code subject}
 * of the theme, for {@code reason}, as decided by {@code decidedBy} (the municipality's people and its partners).
 */
@Revision("1")
public record ParticipationRungChosen(
        ThemeId themeId,
        Label subject,
        ParticipationRung rung,
        ProgrammeText reason,
        List<ActorId> decidedBy,
        LocalDate effectiveDate)
        implements ThemeEvent {}
