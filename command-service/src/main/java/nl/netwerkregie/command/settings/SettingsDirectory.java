package nl.netwerkregie.command.settings;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.JudgementScale;
import nl.netwerkregie.values.MunicipalityCode;

/** Tells a stelselmatrix the settings of its municipality on a date; resolved as a command-handler parameter. */
public interface SettingsDirectory {
    /** The chain a new matrix starts from on {@code date}: the municipality's, or the standard chain. */
    List<ChainLink> chainOn(MunicipalityCode municipality, LocalDate date);

    /** The judgement scale in force on {@code date}: the municipality's latest from on or before it, or the standard scale. */
    JudgementScale scaleOn(MunicipalityCode municipality, LocalDate date);
}
