package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.serialization.Revision;

/**
 * A municipality published its data for research from the effective date ({@code published}), or
 * withdrew it. While published, researchers' tokens open its views, pseudonymised.
 */
@Revision("1")
public record ResearchPublicationChanged(MunicipalityCode municipality, boolean published, LocalDate effectiveDate)
        implements SettingsEvent {}
