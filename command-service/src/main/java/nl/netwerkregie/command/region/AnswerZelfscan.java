package nl.netwerkregie.command.region;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegionId;
import nl.netwerkregie.values.RoleScore;
import nl.netwerkregie.values.ZelfscanSector;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record one respondent's answer to a scan moment: the sector it speaks for and a score per role. */
public record AnswerZelfscan(
        @TargetAggregateIdentifier RegionId regionId,
        int scan,
        MunicipalityCode municipality,
        ActorId respondent,
        ZelfscanSector sector,
        List<RoleScore> scores,
        LocalDate effectiveDate) {}
