package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ProgrammeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take back the judgement recorded as the matrix's event {@code sequence}, because {@code why}; with a replacement
 * ({@code replacementLevel} not null) the same cell is judged anew for the same period in its place, on
 * {@code replacementDate} or, when that is absent, on the date of the judgement taken back.
 */
public record RetractCellJudgement(
        @TargetAggregateIdentifier MatrixAddress matrix,
        long sequence,
        String why,
        Integer replacementLevel,
        ProgrammeText replacementNote,
        List<ActorId> replacementJudgedBy,
        LocalDate replacementDate,
        LocalDate effectiveDate) {}
