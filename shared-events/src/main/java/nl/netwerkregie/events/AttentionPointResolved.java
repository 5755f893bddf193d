package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** An attention point of a matrix was resolved, with how (optional). */
@Revision("1")
public record AttentionPointResolved(
        ThemeId themeId, BuurtCode buurt, AttentionPointId attentionPointId, ProgrammeText how, LocalDate effectiveDate)
        implements MatrixEvent {}
