package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegionId;
import nl.netwerkregie.values.RoleScore;
import nl.netwerkregie.values.ZelfscanSector;
import org.axonframework.serialization.Revision;

/**
 * A respondent, an actor of the member {@code municipality}, answered scan moment {@code scan}: from the sector it
 * speaks for ({@code null} when not said) and a score per role it judged.
 */
@Revision("1")
public record ZelfscanAnswered(
        RegionId regionId,
        int scan,
        MunicipalityCode municipality,
        ActorId respondent,
        ZelfscanSector sector,
        List<RoleScore> scores,
        LocalDate effectiveDate)
        implements RegionEvent {}
