package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ResponsibilityId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A responsibility of the ledger is no longer carried by anyone from the effective date, for a reason (the schakels carrying it left, for instance). */
@Revision("1")
public record ResponsibilityDisappeared(
        ThemeId themeId,
        BuurtCode buurt,
        ResponsibilityId responsibilityId,
        ProgrammeText reason,
        LocalDate effectiveDate)
        implements MatrixEvent {}
