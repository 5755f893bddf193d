package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** Attention to a one-off theme was let go, because its programme cycle closed. */
@Revision("1")
public record ThemeLetGo(ThemeId themeId, LocalDate effectiveDate) implements ThemeEvent {}
