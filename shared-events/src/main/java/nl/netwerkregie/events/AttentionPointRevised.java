package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** An attention point of a matrix reads differently from the effective date. */
@Revision("1")
public record AttentionPointRevised(
        ThemeId themeId,
        BuurtCode buurt,
        AttentionPointId attentionPointId,
        ProgrammeText text,
        LocalDate effectiveDate)
        implements MatrixEvent {}
