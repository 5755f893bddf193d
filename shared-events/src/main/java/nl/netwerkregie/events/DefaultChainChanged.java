package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.serialization.Revision;

/** The chain of positions of responsibility a municipality's new matrices start from, from the effective date. */
@Revision("1")
public record DefaultChainChanged(MunicipalityCode municipality, List<ChainLink> chain, LocalDate effectiveDate)
        implements SettingsEvent {}
