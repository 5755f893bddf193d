package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.MeasurementPeriod;
import nl.netwerkregie.values.ProgrammeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Judge a cell at a measurement moment (the effective date) within a period, on the scale in force on that date. */
public record JudgeCell(
        @TargetAggregateIdentifier MatrixAddress matrix,
        ChainPosition position,
        MatrixElement element,
        MeasurementPeriod period,
        int level,
        ProgrammeText note,
        List<ActorId> judgedBy,
        LocalDate effectiveDate) {}
