package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.serialization.Revision;

/**
 * CBS changed a buurt's code from {@code effectiveDate} when its boundaries changed: {@code buurt} became
 * {@code into} (one code: renamed or merged into it; several: split). {@code source} names where the change is
 * documented (for example the CBS publication of the year's buurt changes). Comparisons across years roll
 * the old code into today's.
 */
@Revision("1")
public record BuurtRecoded(
        MunicipalityCode municipality, BuurtCode buurt, List<BuurtCode> into, String source, LocalDate effectiveDate)
        implements SettingsEvent {}
