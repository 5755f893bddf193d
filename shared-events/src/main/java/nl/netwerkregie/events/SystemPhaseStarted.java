package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.SystemPhase;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A phase of building the social system of the theme in the buurt started; it keeps running. */
@Revision("1")
public record SystemPhaseStarted(ThemeId themeId, BuurtCode buurt, SystemPhase phase, LocalDate effectiveDate)
        implements MatrixEvent {}
