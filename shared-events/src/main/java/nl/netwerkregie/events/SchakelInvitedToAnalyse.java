package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A schakel was invited to make a network analysis of its own ("networks grow from networks"). */
@Revision("1")
public record SchakelInvitedToAnalyse(ThemeId themeId, ActorId actorId, LocalDate effectiveDate)
        implements ThemeEvent {}
