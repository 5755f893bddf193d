package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ScaleLevel;
import org.axonframework.serialization.Revision;

/** A municipality defined its own judgement scale, version {@code version}, in force from the effective date. */
@Revision("1")
public record JudgementScaleDefined(
        MunicipalityCode municipality, int version, List<ScaleLevel> levels, LocalDate effectiveDate)
        implements SettingsEvent {}
