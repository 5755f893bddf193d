package nl.netwerkregie.command.region;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegionId;
import nl.netwerkregie.values.RoleScore;
import nl.netwerkregie.values.ZelfscanSector;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take back the answer recorded as the region's event {@code sequence} in scan moment {@code scan}, because
 * {@code why}; with a replacement ({@code replacementScores} not null) the same respondent's answer is recorded anew
 * in its place, on {@code replacementDate} or, when that is absent, on the date of the answer taken back.
 */
public record RetractZelfscanAnswer(
        @TargetAggregateIdentifier RegionId regionId,
        int scan,
        MunicipalityCode municipality,
        long sequence,
        String why,
        ZelfscanSector replacementSector,
        List<RoleScore> replacementScores,
        LocalDate replacementDate,
        LocalDate effectiveDate) {}
