package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;

/** A change to the settings of one municipality (aggregate and stream id: the municipality code), from an effective date. */
public interface SettingsEvent extends StreamOpening {
    @Override
    MunicipalityCode municipality();

    LocalDate effectiveDate();
}
