package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegionId;
import org.axonframework.serialization.Revision;

/**
 * The answer of {@code respondent} to scan moment {@code scan}, recorded as the region's event {@code sequence}, is
 * taken back for the reason {@code why}: it no longer counts on any date, and the respondent may answer again.
 * {@code corrected}: the same respondent's answer recorded right after this event, in the same command, replaces it.
 */
@Revision("1")
public record ZelfscanAnswerRetracted(
        RegionId regionId,
        int scan,
        MunicipalityCode municipality,
        ActorId respondent,
        long sequence,
        String why,
        boolean corrected,
        LocalDate effectiveDate)
        implements RegionEvent, Retraction {}
