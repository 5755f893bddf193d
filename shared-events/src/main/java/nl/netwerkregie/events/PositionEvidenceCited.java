package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.Evidence;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * The position shift recorded as the theme's event {@code sequence} (of actor {@code actorId}) is shown by
 * {@code evidence}: a contact made, a meeting moment held, a harvest recorded, a document. Evidence adds up; an
 * auditor lists the positions held without any.
 */
@Revision("1")
public record PositionEvidenceCited(
        ThemeId themeId, ActorId actorId, long sequence, List<Evidence> evidence, LocalDate effectiveDate)
        implements ThemeEvent {}
